# Shared by bin/agent, bin/baton and bin/test: find a JDK >= 21 and (re)build the jars when stale.
# shellcheck shell=bash

BATON_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

java_major() { # $1 = a JDK folder; reads its release file (instant), else asks java itself
  local v="" line
  if [ -f "$1/release" ]; then
    while IFS= read -r line; do
      case "$line" in JAVA_VERSION=*) v="${line#JAVA_VERSION=\"}"; v="${v%%[.\"]*}"; break ;; esac
    done < "$1/release"
  fi
  if [ -z "$v" ]; then
    v="$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1 | cut -d. -f1)"
  fi
  echo "$v"
}

find_jdk() { # prints a JAVA_HOME whose java is >= 21, or fails with advice
  local candidates=() c v
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  for c in /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$c" ] && candidates+=("$c")
  done
  if command -v java >/dev/null 2>&1; then
    c="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
    candidates+=("$c")
  fi
  for c in "${candidates[@]}"; do
    if [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ]; then
      v="$(java_major "$c")"
      if [ -n "$v" ] && [ "$v" -ge 21 ] 2>/dev/null; then
        echo "$c"
        return 0
      fi
    fi
  done
  echo "baton: no JDK 21 or newer found (looked at JAVA_HOME and /usr/lib/jvm)." >&2
  echo "       install one, e.g. 'apt-get install openjdk-21-jdk' or Temurin 21+, or set JAVA_HOME." >&2
  return 1
}

maven() { # runs Maven quietly with the found JDK
  if ! command -v mvn >/dev/null 2>&1; then
    echo "baton: Maven (mvn) is needed to build; install it, e.g. 'apt-get install maven'." >&2
    return 1
  fi
  MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" JAVA_HOME="$JAVA_HOME" mvn -B -q -Dstyle.color=never "$@"
}

stale() { # true when sources are newer than the last build stamp
  local stamp="$BATON_HOME/daemon-agent/target/.baton-built"
  [ -f "$stamp" ] || return 0
  [ -n "$(find "$BATON_HOME" -path "$BATON_HOME/.git" -prune -o \( -name target -o -name node_modules -o -name .tools \) -prune -o \
      -type f \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) -newer "$stamp" -print -quit)" ]
}

ensure_built() {
  if stale; then
    echo "baton: building… (first run or sources changed; takes a minute)" >&2
    local log="$BATON_HOME/target/build.log" t0=$SECONDS
    # -DskipTests, not -Dmaven.test.skip: the modules' tests share helpers through test-jars, which must be built
    mkdir -p "$BATON_HOME/target"
    if ! (cd "$BATON_HOME" && maven -DskipTests -pl '!e2e' install) >"$log" 2>&1; then
      tail -n 40 "$log" >&2
      echo "baton: build failed (full log: $log)" >&2
      return 1
    fi
    rm -f "$BATON_HOME"/daemon-agent/target/agent-cli-*.jsa
    touch "$BATON_HOME/daemon-agent/target/.baton-built"
    echo "baton: built in $((SECONDS - t0)) s" >&2
  fi
}

classpath() { # $1 = module; prints the module's jar and its dependency folder
  local m="$BATON_HOME/$1/target" jar
  for jar in "$m/$1"-*.jar; do
    case "$jar" in *-sources.jar|*-tests.jar) ;; *) break ;; esac
  done
  echo "$jar:$m/lib/*"
}
