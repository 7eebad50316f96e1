# Prompts of plain interactive programs, and of the test suite's scripted agent.
permission: \[y/N\]\s*$
permission: \(y/n\)\s*\??\s*$
# Waiting for input: a shell-like prompt on the cursor's row.
ready: ^\s*[>$%#❯]\s*$
