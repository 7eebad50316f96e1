# Codex prompt patterns (checked against codex 0.169.0). Format: reason: regex
permission: ^\s*Would you like to (run the following command|make the following edits)
question: ^\s*Do you trust the contents of this directory
option: ^\s*(?:›|>)?\s*(\d+\.\s+.+?)\s*$
ready: ^\s*[›>]\s*$
busy: [Ee]sc to interrupt
# The exact command sits under the question, after "Environment:" and "Reason:", as "$ <command>".
command: ^\s*\$\s+(.+?)\s*$
