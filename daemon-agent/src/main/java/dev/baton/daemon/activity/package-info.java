/**
 * The agent's own record of a session: its transcript (Claude Code) or rollout (Codex) found by a
 * {@link dev.baton.daemon.activity.TranscriptLocator}, read incrementally by {@link dev.baton.daemon.activity.JsonlTail}
 * (byte offsets kept in {@code state.db}), turned into typed events ({@code agent_message}, {@code tool_call},
 * {@code tool_result}, {@code usage}), counted once per model request in a {@link dev.baton.daemon.activity.UsageLedger}
 * and held to the session budgets by {@link dev.baton.daemon.activity.BudgetGuard}. Each session's
 * {@link dev.baton.daemon.activity.ActivityTracker} polls on its own virtual thread, never on the PTY's path. Depends on
 * {@code config} (prices, budgets), {@code protocol} (events) and the daemon's {@code store}; the session side is reached
 * through {@link dev.baton.daemon.activity.ActivitySink}.
 */
package dev.baton.daemon.activity;
