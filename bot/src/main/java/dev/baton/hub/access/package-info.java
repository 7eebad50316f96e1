/**
 * Who may do what with a session: visibility, roles, the actions the one access policy decides, and its decisions.
 * Plain values; no hub state and no vendor types.
 */
package dev.baton.hub.access;
