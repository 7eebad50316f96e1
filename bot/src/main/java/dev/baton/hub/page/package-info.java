/**
 * The live session page: signed personal links and where they point, the HTTP routes and WebSocket the page uses,
 * the port ({@link dev.baton.hub.page.PageBackend}) through which it asks the hub core (answered by
 * {@code PageRequests} on the core thread), the open pages and their terminal stream ({@code PageViewers}), and
 * sharing ({@code /agent link|share|unshare|visibility}). May depend on every feature package but the root.
 */
package dev.baton.hub.page;
