package dev.baton.config;

import java.util.Optional;

/**
 * {@code [hub]}: as the daemon sees it, where to dial and its own token (by reference); as the hub sees it, where its
 * state is kept ({@link StoreSettings}: {@code store}, {@code store_url}).
 */
public record HubSettings(Optional<String> url, Optional<SecretRef> token, StoreSettings store) {
    public HubSettings(Optional<String> url, Optional<SecretRef> token) {
        this(url, token, new StoreSettings.Sqlite());
    }
}
