/**
 * The hub: the brain between chat and daemons. {@link dev.baton.hub.HubMain} is the composition root;
 * {@link dev.baton.hub.Hub} owns the lifecycle; all state changes happen on {@link dev.baton.hub.HubCore}'s
 * one thread. Sees chat only through the neutral port in {@code dev.baton.chat}; never a vendor type.
 */
package dev.baton.hub;
