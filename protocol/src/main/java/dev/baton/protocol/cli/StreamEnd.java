package dev.baton.protocol.cli;

/** The last line of an events stream: why it ended ({@code done}, or why a followed session stopped). */
public record StreamEnd(String end) {}
