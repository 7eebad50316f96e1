/**
 * The {@code agent} CLI ({@link dev.baton.daemon.cli.AgentCli} is its composition root). It talks to the
 * daemon's socket directly and loads no JSON or SQL library, so it starts in well under 150 ms.
 */
package dev.baton.daemon.cli;
