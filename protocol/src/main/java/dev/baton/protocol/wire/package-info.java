/**
 * The versioned daemon↔hub wire protocol (DESIGN.md §3): sealed message records for each direction, and
 * their JSON framing with per-direction message numbers and cumulative acks; the link's heartbeat timing and the
 * liveness each side keeps by it. JDK only.
 */
package dev.baton.protocol.wire;
