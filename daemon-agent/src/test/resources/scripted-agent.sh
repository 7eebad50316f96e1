#!/usr/bin/env bash
# A tiny stand-in for a coding agent, used by the tests. It prints a banner, takes its first prompt from
# its last argument, then reads lines at a "> " prompt and reacts to a few commands:
#   write FILE TEXT   writes TEXT to FILE in the working directory
#   ask QUESTION      asks "QUESTION [y/N]" and reports the answer
#   bell              rings the terminal bell (BEL)
#   osc9 TEXT         sends an OSC 9 notification
#   env               prints the BATON_* environment
#   size              prints the terminal size
#   exit N            exits with code N
# Anything else is echoed back as "got: LINE".
set -u
echo "scripted-agent ready in $(pwd)"
[ $# -gt 0 ] && echo "first prompt: ${!#}"
while true; do
  printf '> '
  IFS= read -r line || exit 0
  case "$line" in
    write\ *)
      rest="${line#write }"; file="${rest%% *}"; text="${rest#* }"
      printf '%s\n' "$text" > "$file" && echo "wrote $file" ;;
    ask\ *)
      printf '%s [y/N] ' "${line#ask }"
      IFS= read -r answer
      if [ "$answer" = "y" ]; then echo "approved"; else echo "denied"; fi ;;
    bell) printf '\a'; echo "rang" ;;
    osc9\ *) printf '\033]9;%s\007' "${line#osc9 }"; echo "notified" ;;
    env) env | grep '^BATON_' | sort; echo "TERM=$TERM" ;;
    size) echo "size: $(stty size)" ;;
    exit\ *) echo "bye"; exit "${line#exit }" ;;
    *) echo "got: $line" ;;
  esac
done
