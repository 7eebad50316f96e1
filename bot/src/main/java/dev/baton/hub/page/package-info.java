/**
 * The live session page: signed personal links, the HTTP routes and WebSocket the page uses, and the port
 * ({@link dev.baton.hub.page.PageBackend}) through which it asks the hub core. Depends on Javalin and the chat port's
 * value types; never on hub state directly.
 */
package dev.baton.hub.page;
