# Claude Code prompt patterns (checked against claude 2.1.329). Format: reason: regex
permission: ^\s*Do you want to (proceed|make this edit|create|allow)
question: ^\s*Quick safety check
permission: ^\s*Do you want to use this API key\?
option: ^\s*(?:❯|>)?\s*(\d+\.\s+.+?)\s*$
# Waiting for input: the empty input box with the cursor in it, and no spinner line.
ready: ^\s*[│|]?\s*[>❯]\s*[│|]?\s*$
busy: esc to interrupt
# The tool's name heads the dialog (" Bash command"); the exact command sits between two dashed frame lines.
tool: ^\s*(\w+) command\s*$
frame: ^\s*╌{8,}
