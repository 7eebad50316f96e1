/**
 * The dashboard under {@code /dashboard/{link}}: every session a person may see, across channels, platforms and
 * daemons, those waiting on them first with Approve and Deny; and the daemons. Reached through a signed personal
 * link bound to a user (not a session) that {@code /agent dashboard} whispers. Its requests are answered on the core
 * thread ({@code DashboardRequests}) with the session page's access policy and audit. May use {@code store},
 * {@code daemons}, {@code access}, {@code sessions}, {@code prompts} and {@code page} (for the link signer).
 */
package dev.baton.hub.dashboard;
