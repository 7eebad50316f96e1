package dev.baton.daemon.attention;

import dev.baton.protocol.session.Decision;

/** What a blocked {@code PermissionRequest} hook hears back: the decision, an optional message, and for "always" the rules to add. */
public record HookReply(Decision decision, String message, Object updatedPermissions) {}
