/**
 * A fake Discord (REST + gateway) for tests, on loopback: the adapter's ITs and the e2e tests drive the real JDA
 * against it. Test sources only; shipped to e2e in the adapters test-jar.
 */
package dev.baton.adapters.discord.testing;
