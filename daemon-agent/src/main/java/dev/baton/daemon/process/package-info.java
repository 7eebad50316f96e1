/** Process-level plumbing shared by the daemon and the PTY host: pid files held with a lock. JDK only. */
package dev.baton.daemon.process;
