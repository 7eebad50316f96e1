package dev.baton.hub.store;

import dev.baton.protocol.id.SessionId;
import java.util.List;
import java.util.Optional;

/** Who may see a session (its visibility and named shares), and the audit trail of what was decided. */
public interface AccessStore {
    /** The session's visibility ({@code private}, {@code shared}, {@code channel}) if it was ever set. */
    Optional<String> visibility(SessionId session);

    void putVisibility(SessionId session, String visibility);

    /** The session's named shares, as {@code [userKey, userName, role]}, in the order given. */
    List<String[]> shares(SessionId session);

    void putShare(SessionId session, String userKey, String userName, String role);

    /** Removes a share; returns whether there was one. */
    boolean removeShare(SessionId session, String userKey);

    /** Records an audit entry once per (session, seq). */
    void putAudit(AuditRow a);

    /** A session's audit trail, oldest first. */
    List<AuditRow> audit(SessionId session);
}
