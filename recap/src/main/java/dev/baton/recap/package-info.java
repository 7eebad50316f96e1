/**
 * Handoff recaps: {@link dev.baton.recap.RecapBuilder} turns a session's facts (events, diffstat, commits,
 * uncommitted files, screen tail) into a {@link dev.baton.recap.Recap}; Markdown, terminal and JSON renderers.
 * Pure code: depends on {@code protocol} and the JDK only.
 */
package dev.baton.recap;
