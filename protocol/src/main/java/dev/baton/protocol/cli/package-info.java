/**
 * The protocol between the {@code agent} CLI and its daemon: sealed {@link dev.baton.protocol.cli.CliRequest} and
 * {@link dev.baton.protocol.cli.CliReply} records and their JSON lines ({@link dev.baton.protocol.cli.CliJson}).
 * Depends on the protocol's ids, session model and JSON mapping only.
 */
package dev.baton.protocol.cli;
