package dev.baton.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Loads and validates {@code config.toml}. The one entry point is {@link #load(Path, String)}. */
public final class ConfigLoader {
    static final Set<String> SECTIONS = Set.of("daemon", "agents", "hub", "web", "slack", "discord", "identities", "approvals",
            "access", "limits",
            "budgets", "prices", "channels");
    private static final Set<String> DAEMON_KEYS =
            Set.of("name", "repos", "cols", "rows", "idle_after_ms", "max_sessions", "scrollback_lines", "token",
                    "pty_host", "recap_prose", "recap_prose_timeout_s", "activity");
    private static final Set<String> AGENT_KEYS = Set.of("command", "args", "env", "vendor", "hooks", "mode",
            "allowed_domains");

    private final Path file;
    private final String hostName;
    private final TomlValues values;

    private ConfigLoader(Path file, String hostName) {
        this.file = file;
        this.hostName = hostName;
        this.values = new TomlValues(file);
    }

    /** Loads {@code file}; a missing file yields the defaults. Throws {@link ConfigException} when broken. */
    public static BatonConfig load(Path file, String hostName) {
        return new ConfigLoader(file, hostName).load();
    }

    /** Parses TOML text as if it were {@code file}. */
    public static BatonConfig parse(Path file, String toml, String hostName) {
        return new ConfigLoader(file, hostName).parse(toml);
    }

    private BatonConfig load() {
        try {
            return parse(Files.readString(file));
        } catch (NoSuchFileException e) {
            return parse(DefaultConfig.TEXT);
        } catch (IOException e) {
            throw new ConfigException(file, "", "cannot read the file: " + e.getMessage(), "");
        }
    }

    private BatonConfig parse(String toml) {
        JsonNode root;
        try {
            root = new TomlMapper().readTree(toml);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new ConfigException(file, "", "not valid TOML" + where + ": " + e.getOriginalMessage(),
                    DefaultConfig.AGENTS_EXAMPLE);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            root = new TomlMapper().createObjectNode();
        }
        values.unknownKeys(root, SECTIONS, "", "[daemon]\nname = \"laptop\"\n\n" + DefaultConfig.AGENTS_EXAMPLE);
        DaemonSettings daemon = daemon(values.table(root, "daemon"));
        Map<String, AgentSpec> agents = agents(root.get("agents"));
        return new BatonConfig(file, daemon, agents, hub(values.table(root, "hub")), web(values.table(root, "web")),
                approvals(values.table(root, "approvals")), new SlackSection(file).slack(root.get("slack")),
                new DiscordSection(file).discord(root.get("discord")),
                new SlackSection(file).identities(root.get("identities")), access(values.table(root, "access")),
                LimitSettings.read(file, root.get("limits")), BudgetSettings.read(file, root.get("budgets")),
                PriceTable.withOverrides(file, root.get("prices")), new ChannelSection(file).channels(root.get("channels")));
    }

    private AccessSettings access(JsonNode node) {
        String example = "[access]\nvisibility = \"channel\"   # private, shared or channel\nlink_ttl_s = 43200\n"
                + "base_url = \"https://baton.example.com\"";
        values.unknownKeys(node, Set.of("visibility", "link_ttl_s", "base_url"), "access.", example);
        String visibility = values.string(node, "access.visibility", "visibility", "channel", example);
        if (!AccessSettings.VISIBILITIES.contains(visibility)) {
            throw new ConfigException(file, "access.visibility", "must be private, shared or channel, got '"
                    + visibility + "'", example);
        }
        int ttl = values.integer(node, "access.link_ttl_s", "link_ttl_s", 43_200, 60, 30 * 86_400, example);
        String base = values.string(node, "access.base_url", "base_url", null, example);
        if (base != null && !base.matches("https?://[^\\s]+")) {
            throw new ConfigException(file, "access.base_url", "must be an http:// or https:// URL, got '" + base + "'", example);
        }
        return new AccessSettings(visibility, Duration.ofSeconds(ttl),
                java.util.Optional.ofNullable(base).map(b -> b.endsWith("/") ? b.substring(0, b.length() - 1) : b));
    }

    private ApprovalSettings approvals(JsonNode node) {
        String example = "[approvals]\napprovers = [\"web:carol\"]\nnot_requester = [\"Bash\"]\nescalate_after_s = 600\n"
                + "[approvals.tools]\nBash = [\"web:ana\", \"slack:U024BE7LH\"]";
        values.unknownKeys(node, Set.of("approvers", "tools", "not_requester", "escalate_after_s", "hold_pings_while_attached"),
                "approvals.", example);
        java.util.Map<String, List<String>> tools = new java.util.LinkedHashMap<>();
        JsonNode t = node.get("tools");
        if (t != null) {
            if (!t.isObject()) {
                throw new ConfigException(file, "approvals.tools", "must be a table of tool = [users]", example);
            }
            t.fieldNames().forEachRemaining(tool -> tools.put(tool, values.strings(t, "approvals.tools." + tool, tool, example)));
        }
        JsonNode hold = node.get("hold_pings_while_attached");
        if (hold != null && !hold.isBoolean()) {
            throw new ConfigException(file, "approvals.hold_pings_while_attached", "must be true or false", example);
        }
        int escalate = values.integer(node, "approvals.escalate_after_s", "escalate_after_s", 600, 1, 7 * 86_400, example);
        return new ApprovalSettings(values.strings(node, "approvals.approvers", "approvers", example), tools,
                new java.util.HashSet<>(values.strings(node, "approvals.not_requester", "not_requester", example)),
                Duration.ofSeconds(escalate), hold == null || hold.asBoolean());
    }

    private HubSettings hub(JsonNode node) {
        String example = "[hub]\nurl = \"ws://127.0.0.1:7420/daemon\"\ntoken = \"env:BATON_HUB_TOKEN\"";
        values.unknownKeys(node, java.util.Set.of("url", "token", "store", "store_url", "keep_events_days"), "hub.",
                example);
        String url = values.string(node, "hub.url", "url", null, example);
        if (url != null && !url.matches("wss?://[^\\s]+")) {
            throw new ConfigException(file, "hub.url", "must be a ws:// or wss:// URL, got '" + url + "'", example);
        }
        String token = values.string(node, "hub.token", "token", null, example);
        return new HubSettings(java.util.Optional.ofNullable(url),
                java.util.Optional.ofNullable(token).filter(t -> !t.isBlank()).map(SecretRef::new), store(node),
                values.integer(node, "hub.keep_events_days", "keep_events_days", HubSettings.KEEP_EVENTS_DAYS, 0, 36_500,
                        "[hub]\nkeep_events_days = 90   # 0 keeps session events forever"));
    }

    /** {@code [hub] store} and {@code store_url}: sqlite by default; postgresql needs its URL by reference. */
    private StoreSettings store(JsonNode node) {
        String example = "[hub]\nstore = \"postgresql\"\nstore_url = \"env:BATON_PG_URL\"   # jdbc:postgresql://host:5432/baton?user=baton&password=...";
        String store = values.string(node, "hub.store", "store", "sqlite", example);
        String storeUrl = values.string(node, "hub.store_url", "store_url", null, example);
        return switch (store) {
            case "sqlite" -> {
                if (storeUrl != null) {
                    throw new ConfigException(file, "hub.store_url", "is only read with store = \"postgresql\"", example);
                }
                yield new StoreSettings.Sqlite();
            }
            case "postgresql" -> {
                if (storeUrl == null || storeUrl.isBlank()) {
                    throw new ConfigException(file, "hub.store_url", "is required with store = \"postgresql\": the JDBC"
                            + " URL by reference (env:NAME or file:/path)", example);
                }
                if (!storeUrl.startsWith("env:") && !storeUrl.startsWith("file:")) {
                    throw new ConfigException(file, "hub.store_url", "must be a reference (env:NAME or file:/path), not the"
                            + " URL itself: it may hold a password", example);
                }
                yield new StoreSettings.Postgresql(new SecretRef(storeUrl));
            }
            default -> throw new ConfigException(file, "hub.store", "unknown store '" + store
                    + "': use \"sqlite\" (the default) or \"postgresql\"", example);
        };
    }

    private WebSettings web(JsonNode node) {
        String example = "[web]\nbind = \"127.0.0.1\"\nport = 7420\naccounts = false";
        values.unknownKeys(node, java.util.Set.of("bind", "port", "accounts"), "web.", example);
        String bind = values.string(node, "web.bind", "bind", "127.0.0.1", example);
        int port = values.integer(node, "web.port", "port", 7420, 0, 65535, example);
        boolean accounts = values.bool(node, "web.accounts", "accounts", false, example);
        return new WebSettings(bind, port, accounts);
    }

    private DaemonSettings daemon(JsonNode node) {
        String example = "[daemon]\nname = \"laptop\"\nrepos = [\"/home/ana/src/app\"]\ncols = 120\nrows = 40";
        values.unknownKeys(node, DAEMON_KEYS, "daemon.", example);
        String name = values.string(node, "daemon.name", "name", hostName, example);
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,62}")) {
            throw new ConfigException(file, "daemon.name", "'" + name + "' is not a valid name: use letters,"
                    + " digits, '.', '-' or '_'", example);
        }
        List<Path> repos = new ArrayList<>();
        for (String repo : values.strings(node, "daemon.repos", "repos", example)) {
            repos.add(Path.of(repo.startsWith("~/") ? System.getProperty("user.home") + repo.substring(1) : repo));
        }
        int cols = values.integer(node, "daemon.cols", "cols", 120, 20, 1000, example);
        int rows = values.integer(node, "daemon.rows", "rows", 40, 5, 500, example);
        int idle = values.integer(node, "daemon.idle_after_ms", "idle_after_ms", 1500, 100, 600_000, example);
        int max = values.integer(node, "daemon.max_sessions", "max_sessions", 64, 1, 10_000, example);
        int scrollback = values.integer(node, "daemon.scrollback_lines", "scrollback_lines", 1000, 0, 100_000, example);
        boolean ptyHost = values.bool(node, "daemon.pty_host", "pty_host", true, example + "\npty_host = true");
        boolean prose = values.bool(node, "daemon.recap_prose", "recap_prose", false, example + "\nrecap_prose = true");
        int proseTimeout = values.integer(node, "daemon.recap_prose_timeout_s", "recap_prose_timeout_s", 60, 5, 600, example);
        boolean activity = values.bool(node, "daemon.activity", "activity", true, example + "\nactivity = true");
        return new DaemonSettings(name, repos, cols, rows, Duration.ofMillis(idle), max, scrollback, ptyHost, prose,
                Duration.ofSeconds(proseTimeout), activity);
    }

    private Map<String, AgentSpec> agents(JsonNode node) {
        if (node == null) {
            return agents(DefaultConfig.defaults().get("agents"));
        }
        if (!node.isObject()) {
            throw new ConfigException(file, "agents", "must be a table of agents", DefaultConfig.AGENTS_EXAMPLE);
        }
        Map<String, AgentSpec> agents = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            agents.put(e.getKey(), agent(e.getKey(), e.getValue()));
        }
        return agents;
    }

    private AgentSpec agent(String name, JsonNode node) {
        String key = "agents." + name;
        String example = "[agents." + name + "]\ncommand = \"" + name + "\"\nargs = [\"--permission-mode\", \"default\"]";
        if (!name.matches("[a-z0-9][a-z0-9_-]{0,31}")) {
            throw new ConfigException(file, key, "agent names use lower-case letters, digits, '-' and '_'",
                    DefaultConfig.AGENTS_EXAMPLE);
        }
        if (!node.isObject()) {
            throw new ConfigException(file, key, "must be a table with a command", example);
        }
        values.unknownKeys(node, AGENT_KEYS, key + ".", example);
        JsonNode command = node.get("command");
        if (command == null || !command.isTextual() || command.asText().isBlank()) {
            throw new ConfigException(file, key + ".command",
                    command == null ? "is missing" : "must be a non-empty string", example);
        }
        List<String> args = values.strings(node, key + ".args", "args", example);
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode envNode = node.get("env");
        if (envNode != null) {
            if (!envNode.isObject()) {
                throw new ConfigException(file, key + ".env", "must be a table of strings",
                        example + "\nenv = { NO_COLOR = \"1\" }");
            }
            envNode.fields().forEachRemaining(e -> env.put(e.getKey(),
                    values.textOrFail(e.getValue(), key + ".env." + e.getKey(), example)));
        }
        String vendorText = values.string(node, key + ".vendor", "vendor", null, example);
        AgentSpec.Vendor vendor = vendorText == null ? AgentSpec.Vendor.guess(name, command.asText())
                : vendor(vendorText, key + ".vendor", example);
        JsonNode hooks = node.get("hooks");
        if (hooks != null && !hooks.isBoolean()) {
            throw new ConfigException(file, key + ".hooks", "must be true or false, got " + TomlValues.kind(hooks), example + "\nhooks = true");
        }
        String mode = values.string(node, key + ".mode", "mode", null, example);
        if (mode != null && !vendor.modes().contains(mode)) {
            throw new ConfigException(file, key + ".mode", "for a " + vendor.name().toLowerCase(java.util.Locale.ROOT)
                    + " agent must be one of " + String.join(", ", vendor.modes()) + ", got '" + mode + "'",
                    "[agents." + name + "]\ncommand = \"" + command.asText() + "\"\nmode = \"" + vendor.modes().get(0) + "\"");
        }
        List<String> domains = allowedDomains(node, key, name, command.asText(), vendor, mode);
        return new AgentSpec(name, command.asText(), args, env, vendor, hooks == null || hooks.asBoolean(),
                java.util.Optional.ofNullable(mode), domains);
    }

    /** {@code allowed_domains}: host names (wildcards like {@code *.npmjs.org}) for Claude Code's sandbox only. */
    private List<String> allowedDomains(JsonNode node, String key, String name, String command, AgentSpec.Vendor vendor,
                                        String mode) {
        String example = "[agents." + name + "]\ncommand = \"" + command + "\"\nmode = \"" + AgentSpec.WORKSPACE_WRITE
                + "\"\nallowed_domains = [\"github.com\", \"*.npmjs.org\"]";
        List<String> domains = values.strings(node, key + ".allowed_domains", "allowed_domains", example);
        if (!domains.isEmpty() && (vendor != AgentSpec.Vendor.CLAUDE || !AgentSpec.WORKSPACE_WRITE.equals(mode))) {
            throw new ConfigException(file, key + ".allowed_domains", "applies only to a Claude Code agent with mode = \""
                    + AgentSpec.WORKSPACE_WRITE + "\" (its command sandbox)", example);
        }
        for (String d : domains) {
            if (!d.matches("(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*")) {
                throw new ConfigException(file, key + ".allowed_domains", "'" + d + "' is not a host name (a leading"
                        + " '*.' matches subdomains; no scheme, port or path)", example);
            }
        }
        return domains;
    }

    private AgentSpec.Vendor vendor(String text, String key, String example) {
        for (AgentSpec.Vendor v : AgentSpec.Vendor.values()) {
            if (v.name().equalsIgnoreCase(text)) {
                return v;
            }
        }
        throw new ConfigException(file, key, "must be one of claude, codex, generic (got '" + text + "')",
                example + "\nvendor = \"claude\"");
    }
}
