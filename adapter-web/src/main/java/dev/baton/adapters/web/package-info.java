/**
 * The embedded web chat: the zero-setup chat platform. {@link dev.baton.adapters.web.WebChat} is the one entry
 * point; everything else here is package-private (the store behind {@code ChatStore}: sqlite or PostgreSQL, Flyway
 * migrations; the JSON API, the event stream, the translators). Depends on the neutral port {@code dev.baton.chat},
 * Javalin, sqlite-jdbc, the PostgreSQL driver, HikariCP, Flyway and the protocol's JSON codec; the page itself is
 * plain HTML/CSS/JS under {@code resources/dev/baton/adapters/web}.
 */
package dev.baton.adapters.web;
