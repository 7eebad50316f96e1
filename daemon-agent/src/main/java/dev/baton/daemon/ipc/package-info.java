/**
 * The local control socket ({@code agentd.sock}, mode 0600): one JSON line per request and response, then
 * for streams either JSON lines ({@code events --follow}) or binary frames ({@code attach}). Both the
 * daemon side and the CLI's client live here so the format is defined in one place.
 */
package dev.baton.daemon.ipc;
