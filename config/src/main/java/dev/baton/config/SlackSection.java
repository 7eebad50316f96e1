package dev.baton.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads {@code [slack]} and {@code [identities.NAME]}, with the same clear errors as the rest of the file. */
final class SlackSection {
    static final String EXAMPLE = """
            [slack]
            bot_token = "env:SLACK_BOT_TOKEN"
            signing_secret = "env:SLACK_SIGNING_SECRET"   # HTTP mode
            # app_token = "env:SLACK_APP_TOKEN"           # Socket Mode instead
            channels = []                                 # channel ids (C…); empty = every channel
            users = []                                    # user ids (U…); empty = everyone""";
    static final String IDENTITY_EXAMPLE = """
            [identities.ana]
            name = "Ana Lima"
            slack = "U024BE7LH"
            github = "analima"
            github_id = 1234567
            email = "ana@example.com"
            daemon = "ana-laptop"            # preferred machine for /agent run\"""";
    private static final Set<String> SLACK_KEYS =
            Set.of("bot_token", "signing_secret", "app_token", "api_url", "channels", "users");
    private static final Set<String> IDENTITY_KEYS = Set.of("name", "web", "slack", "discord", "github", "github_id", "email", "daemon");

    private final Path file;

    SlackSection(Path file) {
        this.file = file;
    }

    Optional<SlackSettings> slack(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isObject()) {
            throw new ConfigException(file, "slack", "must be a table ([slack])", EXAMPLE);
        }
        unknown(node, SLACK_KEYS, "slack.", EXAMPLE);
        SecretRef bot = secret(node, "bot_token").orElseThrow(() ->
                new ConfigException(file, "slack.bot_token", "is missing: the bot token (xoxb-…) by reference", EXAMPLE));
        Optional<SecretRef> signing = secret(node, "signing_secret");
        Optional<SecretRef> app = secret(node, "app_token");
        if (signing.isEmpty() && app.isEmpty()) {
            throw new ConfigException(file, "slack", "needs signing_secret (HTTP mode) or app_token (Socket Mode)",
                    EXAMPLE);
        }
        String api = text(node, "api_url").orElse(SlackSettings.DEFAULT_API_URL);
        if (!api.matches("https?://\\S+/")) {
            throw new ConfigException(file, "slack.api_url", "must be an http(s) URL ending in '/', got '" + api + "'",
                    "[slack]\napi_url = \"" + SlackSettings.DEFAULT_API_URL + "\"");
        }
        return Optional.of(new SlackSettings(bot, signing, app, api, ids(node, "channels", "C"), ids(node, "users", "U")));
    }

    Map<String, Identity> identities(JsonNode node) {
        Map<String, Identity> out = new LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        if (!node.isObject()) {
            throw new ConfigException(file, "identities", "must be a table of people", IDENTITY_EXAMPLE);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = "identities." + e.getKey();
            if (!e.getValue().isObject()) {
                throw new ConfigException(file, key, "must be a table", IDENTITY_EXAMPLE);
            }
            unknown(e.getValue(), IDENTITY_KEYS, key + ".", IDENTITY_EXAMPLE);
            JsonNode v = e.getValue();
            Optional<String> email = string(v, key, "email");
            if (email.isPresent() && !email.get().matches("[^\\s<>@,;\"]+@[^\\s<>@,;\"]+")) {
                throw new ConfigException(file, key + ".email", "is not an email address: '" + email.get() + "'",
                        IDENTITY_EXAMPLE);
            }
            Optional<String> name = string(v, key, "name");
            if (name.isPresent() && (name.get().isBlank() || name.get().chars().anyMatch(c -> c < 0x20 || c == '<' || c == '>'))) {
                throw new ConfigException(file, key + ".name", "must be a plain display name (no <, > or control characters)",
                        IDENTITY_EXAMPLE);
            }
            Optional<String> github = string(v, key, "github");
            if (github.isPresent() && !github.get().matches("[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})")) {
                throw new ConfigException(file, key + ".github", "is not a GitHub login: '" + github.get() + "'",
                        IDENTITY_EXAMPLE);
            }
            JsonNode idNode = v.get("github_id");
            Optional<Long> githubId = Optional.empty();
            if (idNode != null) {
                if (!idNode.isIntegralNumber() || !idNode.canConvertToLong() || idNode.asLong() <= 0) {
                    throw new ConfigException(file, key + ".github_id", "must be the account's numeric id (see "
                            + "https://api.github.com/users/LOGIN), e.g. github_id = 1234567", IDENTITY_EXAMPLE);
                }
                githubId = Optional.of(idNode.asLong());
            }
            if (githubId.isPresent() && github.isEmpty()) {
                throw new ConfigException(file, key + ".github_id", "needs github (the login) too", IDENTITY_EXAMPLE);
            }
            out.put(e.getKey(), new Identity(e.getKey(), name, string(v, key, "slack"),
                    string(v, key, "discord"), github, email, string(v, key, "web"), githubId,
                    string(v, key, "daemon")));
        }
        return out;
    }

    private Optional<SecretRef> secret(JsonNode node, String field) {
        Optional<String> ref = text(node, field).filter(s -> !s.isBlank());
        ref.filter(r -> !r.startsWith("env:") && !r.startsWith("file:")).ifPresent(r -> {
            throw new ConfigException(file, "slack." + field, "must be a reference (env:NAME or file:/path), never"
                    + " the secret itself", EXAMPLE);
        });
        return ref.map(SecretRef::new);
    }

    private List<String> ids(JsonNode node, String field, String prefix) {
        JsonNode v = node.get(field);
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (!v.isArray()) {
            throw new ConfigException(file, "slack." + field, "must be a list of ids", EXAMPLE);
        }
        for (JsonNode item : v) {
            if (!item.isTextual() || !item.asText().matches("[A-Z][A-Z0-9]{2,31}")) {
                throw new ConfigException(file, "slack." + field, "'" + item.asText() + "' is not a Slack id (e.g. "
                        + prefix + "024BE91L; Slack shows it in the profile or channel details)", EXAMPLE);
            }
            out.add(item.asText());
        }
        return out;
    }

    private Optional<String> string(JsonNode node, String key, String field) {
        JsonNode v = node.get(field);
        if (v != null && !v.isTextual()) {
            throw new ConfigException(file, key + "." + field, "must be a string", IDENTITY_EXAMPLE);
        }
        return Optional.ofNullable(v).map(JsonNode::asText).filter(s -> !s.isBlank());
    }

    private Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v != null && !v.isTextual()) {
            throw new ConfigException(file, "slack." + field, "must be a string", EXAMPLE);
        }
        return Optional.ofNullable(v).map(JsonNode::asText);
    }

    private void unknown(JsonNode node, Set<String> known, String prefix, String example) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!known.contains(k)) {
                throw new ConfigException(file, prefix + k, "unknown key; known keys here are "
                        + known.stream().sorted().toList(), example);
            }
        }
    }
}
