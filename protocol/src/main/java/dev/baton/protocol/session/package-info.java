/** The session model: states, attention levels and reasons, senders and keys. JDK only. */
package dev.baton.protocol.session;
