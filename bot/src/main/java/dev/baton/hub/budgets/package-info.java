/**
 * Budgets at the hub: the card a spent budget opens in the session's thread ("Raise by $N" and "Stop"), who may
 * press Raise ({@code [budgets] approvers} and the session's approvers), and the raise sent on to the daemon, which
 * enforces the session budgets. Depends on {@code hub.access}, {@code hub.sessions}, {@code hub.daemons}.
 */
package dev.baton.hub.budgets;
