/**
 * Permission prompts in chat: prompt cards, answers from buttons, replies and the page (access-checked by
 * {@code AccessGuard.approve}), and escalation of prompts nobody answers. May depend on {@code hub.store},
 * {@code hub.daemons}, {@code hub.access} and {@code hub.sessions}.
 */
package dev.baton.hub.prompts;
