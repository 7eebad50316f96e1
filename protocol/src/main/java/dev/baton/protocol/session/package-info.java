/** The session model: states, attention levels and reasons, senders and keys, and the shared secret redaction. JDK only. */
package dev.baton.protocol.session;
