/**
 * The hub: the brain between chat and daemons. {@link dev.baton.hub.Hub} is one running hub (servers, platforms,
 * lifecycle) and {@link dev.baton.hub.HubMain} the process's composition root; {@code HubWiring} builds the core's
 * components, and {@code HubRouter}'s one thread routes every input to {@code ChatEvents}, {@code DaemonFrames} and
 * {@code SessionEvents}. Depends on every feature package below; none of them depends on this one. Sees chat only
 * through the neutral port in {@code dev.baton.chat}; never a vendor type.
 */
package dev.baton.hub;
