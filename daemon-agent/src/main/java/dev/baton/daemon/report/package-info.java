/**
 * What instrumented agents report over the control socket ({@code append_session_events}, {@code agent emit
 * --batch}): {@link ReportedEvents} validates a batch into typed events, one clear error per bad one, and
 * {@link EventRateLimit} caps how fast one session may report. Depends on {@code protocol} only; the session's
 * actor applies what passes.
 */
package dev.baton.daemon.report;
