/**
 * The local control socket ({@code agentd.sock}, mode 0600): one JSON line per request and response (the sealed
 * {@code CliRequest}/{@code CliReply} records of {@code dev.baton.protocol.cli}), then for streams either JSON
 * lines ({@code events --follow}) or binary frames ({@code attach}). Both the daemon side and the CLI's framing
 * live here so the format is defined in one place.
 */
package dev.baton.daemon.ipc;
