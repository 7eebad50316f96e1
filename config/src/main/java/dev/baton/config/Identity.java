package dev.baton.config;

import java.util.Optional;

/**
 * {@code [identities.NAME]}: one person across platforms. {@code name} is the config key; {@code displayName}
 * (key {@code name} in the table) is how turns are attributed; GitHub login and email feed Co-authored-by trailers.
 */
public record Identity(String key, Optional<String> displayName, Optional<String> slack, Optional<String> discord,
                       Optional<String> github, Optional<String> email) {}
