package dev.baton.config;

import java.util.Optional;

/**
 * {@code [hub]}: as the daemon sees it, where to dial and its own token (by reference); as the hub sees it, where its
 * state is kept ({@link StoreSettings}: {@code store}, {@code store_url}) and how many days of session events it keeps
 * ({@code keep_events_days}; 0 keeps them forever).
 */
public record HubSettings(Optional<String> url, Optional<SecretRef> token, StoreSettings store, int keepEventsDays) {
    /** {@code keep_events_days} when unset. */
    public static final int KEEP_EVENTS_DAYS = 90;

    public HubSettings(Optional<String> url, Optional<SecretRef> token, StoreSettings store) {
        this(url, token, store, KEEP_EVENTS_DAYS);
    }

    public HubSettings(Optional<String> url, Optional<SecretRef> token) {
        this(url, token, new StoreSettings.Sqlite());
    }
}
