#!/usr/bin/env bash
# A stand-in agent for the PTY host tests. It echoes lines typed at it ("got: LINE"), and also acts on a file
# named `trigger` in its working directory, so a test can make it produce output or exit while no daemon is
# attached. The file is removed once the command has run, which is how the test knows that it ran.
#   say TEXT    prints "said: TEXT"
#   flood N     prints N bytes of x in 100-column lines, then "flood done"
#   exit N      prints "bye" and exits with code N
set -u
echo "trigger-agent ready"
partial=""
while true; do
  # a read that times out mid-line (a loaded machine) keeps what it got; the rest of the line follows
  if IFS= read -r -t 0.1 line; then echo "got: $partial$line"; partial=""; else partial="$partial$line"; fi
  if [ -f trigger ]; then
    cmd="$(cat trigger)"
    case "$cmd" in
      say\ *) echo "said: ${cmd#say }"; rm -f trigger ;;
      flood\ *) head -c "${cmd#flood }" /dev/zero | tr '\0' 'x' | fold -w 100; echo; echo "flood done"; rm -f trigger ;;
      exit\ *) echo "bye"; rm -f trigger; exit "${cmd#exit }" ;;
    esac
  fi
done
