package dev.baton.config;

import java.util.Optional;

/** {@code [hub]} as the daemon sees it: where to dial, and its own token (by reference). */
public record HubSettings(Optional<String> url, Optional<SecretRef> token) {}
