# Prompts of plain interactive programs, and of the test suite's scripted agent.
permission: \[y/N\]\s*$
permission: \(y/n\)\s*\??\s*$
