package dev.baton.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path tmp;

    private BatonConfig parse(String toml) {
        return ConfigLoader.parse(tmp.resolve("config.toml"), toml, "host");
    }

    private ConfigException broken(String toml) {
        return assertThrows(ConfigException.class, () -> parse(toml));
    }

    @Test
    void the_issue_example_loads() {
        BatonConfig c = parse("""
                [agents.claude]
                command = "claude"
                args = ["--permission-mode", "default"]
                [agents.codex]
                command = "codex"
                args = []
                """);
        assertEquals(List.of("--permission-mode", "default"), c.agent("claude").orElseThrow().args());
        assertEquals(AgentSpec.Vendor.CODEX, c.agent("codex").orElseThrow().vendor());
        assertEquals("claude", c.defaultAgent().orElseThrow().name());
        assertEquals("host", c.daemon().name());
        assertEquals(120, c.daemon().cols());
    }

    @Test
    void the_pty_host_is_on_unless_turned_off() {
        assertTrue(ConfigLoader.parse(tmp.resolve("c.toml"), "[daemon]\n", "h").daemon().ptyHost());
        assertFalse(ConfigLoader.parse(tmp.resolve("c.toml"), "[daemon]\npty_host = false\n", "h").daemon().ptyHost());
        ConfigException e = broken("[daemon]\npty_host = \"yes\"\n");
        assertEquals("daemon.pty_host", e.key());
        assertEquals("must be true or false, got a string", e.problem());
    }

    @Test
    void a_missing_file_means_the_defaults() {
        BatonConfig c = ConfigLoader.load(tmp.resolve("absent.toml"), "h");
        assertEquals(java.util.Set.of("claude", "codex"), c.agents().keySet());
    }

    @Test
    void the_default_file_text_is_valid() throws Exception {
        Files.writeString(tmp.resolve("config.toml"), DefaultConfig.TEXT);
        assertEquals(2, ConfigLoader.load(tmp.resolve("config.toml"), "h").agents().size());
    }

    @Test
    void a_wrong_type_names_file_key_problem_and_example() {
        ConfigException e = broken("[agents.claude]\ncommand = \"claude\"\nargs = \"--permission-mode default\"\n");
        assertEquals("agents.claude.args", e.key());
        assertEquals("must be a list of strings, got a string", e.problem());
        String text = e.describe();
        assertTrue(text.contains(tmp.resolve("config.toml").toString()), text);
        assertTrue(text.contains("args = [\"--permission-mode\", \"default\"]"), text);
    }

    @Test
    void broken_toml_says_line_and_column() {
        ConfigException e = broken("[agents.claude\ncommand = 1\n");
        assertTrue(e.problem().startsWith("not valid TOML (line 1"), e.problem());
    }

    @Test
    void typos_and_bad_values_are_caught() {
        assertEquals("agents.claude.comand", broken("[agents.claude]\ncomand = \"claude\"\n").key());
        assertEquals("agents.claude.command", broken("[agents.claude]\nargs = []\n").key());
        assertEquals("daemon.cols", broken("[daemon]\ncols = 5\n").key());
        assertEquals("daemon.name", broken("[daemon]\nname = \"a b\"\n").key());
        assertEquals("slak", broken("[slak]\nx = 1\n").key());
        assertEquals("agents.claude.env.X", broken("[agents.claude]\ncommand = \"c\"\nenv = { X = 1 }\n").key());
    }

    @Test
    void agent_env_and_vendor_are_read() {
        AgentSpec a = parse("[agents.bot]\ncommand = \"/opt/x\"\nvendor = \"claude\"\nenv = { NO_COLOR = \"1\" }\n")
                .agent("bot").orElseThrow();
        assertEquals(Map.of("NO_COLOR", "1"), a.env());
        assertEquals(AgentSpec.Vendor.CLAUDE, a.vendor());
    }

    @Test
    void runtime_root_is_resolved_in_the_documented_order() {
        assertEquals(Path.of("/x/b"), RuntimeRoot.resolve(Map.of("BATON_DIR", "/x/b", "XDG_RUNTIME_DIR", "/run"), 7).dir());
        assertEquals(Path.of("/run/baton"), RuntimeRoot.resolve(Map.of("XDG_RUNTIME_DIR", "/run", "TMPDIR", "/t"), 7).dir());
        assertEquals(Path.of("/t/baton-7"), RuntimeRoot.resolve(Map.of("TMPDIR", "/t"), 7).dir());
        assertEquals(Path.of("/tmp/baton-7"), RuntimeRoot.resolve(Map.of(), 7).dir());
    }

    @Test
    void the_slack_section_reads_references_and_allow_lists() {
        BatonConfig c = parse("""
                [slack]
                bot_token = "env:SLACK_BOT_TOKEN"
                signing_secret = "env:SLACK_SIGNING_SECRET"
                api_url = "http://127.0.0.1:9/api/"
                channels = ["C024BE91L"]
                [identities.ana]
                name = "Ana Lima"
                slack = "U024BE7LH"
                github = "analima"
                email = "ana@example.com"
                """);
        SlackSettings s = c.slack().orElseThrow();
        assertEquals("env:SLACK_BOT_TOKEN", s.botToken().toString());
        assertFalse(s.socketMode());
        assertEquals("http://127.0.0.1:9/api/", s.apiUrl());
        assertEquals(List.of("C024BE91L"), s.channels());
        assertEquals(List.of(), s.users());
        Identity ana = c.identities().get("ana");
        assertEquals(java.util.Optional.of("U024BE7LH"), ana.slack());
        assertEquals(java.util.Optional.of("Ana Lima"), ana.displayName());
        assertEquals(java.util.Optional.of("analima"), ana.github());
        assertTrue(parse("[daemon]\n").slack().isEmpty());
    }

    @Test
    void channel_tables_give_launch_defaults_and_identities_a_preferred_daemon() {
        BatonConfig c = parse("""
                [channels."slack:C024BE91L"]
                repo = "billing"
                agent = "claude"
                daemon = "build-box"
                branch = "release"
                [channels."web:general"]
                repo = "app"
                [identities.ana]
                web = "ana"
                daemon = "ana-laptop"
                """);
        ChannelSettings billing = c.channels().get("slack:C024BE91L");
        assertEquals(java.util.Optional.of("billing"), billing.repo());
        assertEquals(java.util.Optional.of("claude"), billing.agent());
        assertEquals(java.util.Optional.of("build-box"), billing.daemon());
        assertEquals(java.util.Optional.of("release"), billing.branch());
        assertEquals(java.util.Optional.empty(), c.channels().get("web:general").daemon());
        assertEquals(java.util.Optional.of("ana-laptop"), c.identities().get("ana").daemon());
        assertTrue(parse("[daemon]\n").channels().isEmpty());
    }

    @Test
    void channel_table_mistakes_name_the_key() {
        assertEquals("channels.\"slack:C1\".rep", broken("[channels.\"slack:C1\"]\nrep = \"x\"\n").key());
        assertEquals("channels.\"C1\"", broken("[channels.C1]\nrepo = \"x\"\n").key());
        assertEquals("channels.\"irc:x\"", broken("[channels.\"irc:x\"]\nrepo = \"x\"\n").key());
        assertEquals("channels.\"web:general\".repo", broken("[channels.\"web:general\"]\nrepo = 3\n").key());
        assertEquals("channels", broken("channels = 3\n").key());
    }

    @Test
    void an_app_token_means_socket_mode_and_the_default_api_url() {
        SlackSettings s = parse("[slack]\nbot_token = \"env:B\"\napp_token = \"file:/run/app-token\"\n").slack().orElseThrow();
        assertTrue(s.socketMode());
        assertEquals("https://slack.com/api/", s.apiUrl());
    }

    @Test
    void slack_mistakes_name_the_key() {
        assertEquals("slack.bot_token", broken("[slack]\nsigning_secret = \"env:S\"\n").key());
        assertEquals("slack", broken("[slack]\nbot_token = \"env:B\"\n").key());
        ConfigException inline = broken("[slack]\nbot_token = \"xoxb-123\"\napp_token = \"env:A\"\n");
        assertEquals("slack.bot_token", inline.key());
        assertFalse(inline.describe().contains("xoxb-123"), "a secret given inline is never echoed");
        assertEquals("slack.users", broken("[slack]\nbot_token = \"env:B\"\napp_token = \"env:A\"\nusers = [\"ana\"]\n").key());
        assertEquals("slack.api_url", broken("[slack]\nbot_token = \"env:B\"\napp_token = \"env:A\"\napi_url = \"slack\"\n").key());
        assertEquals("identities.ana.slak", broken("[identities.ana]\nslak = \"U1\"\n").key());
    }

    @Test
    void agent_modes_are_checked_per_vendor() {
        BatonConfig c = parse("""
                [agents.claude]
                command = "claude"
                mode = "acceptEdits"
                [agents.codex]
                command = "codex"
                mode = "read-only"
                [agents.demo]
                command = "bin/demo-agent"
                """);
        assertEquals(java.util.Optional.of("acceptEdits"), c.agent("claude").orElseThrow().mode());
        assertEquals(java.util.Optional.of("read-only"), c.agent("codex").orElseThrow().mode());
        assertEquals(java.util.Optional.empty(), c.agent("demo").orElseThrow().mode());
        ConfigException e = broken("[agents.codex]\ncommand = \"codex\"\nmode = \"acceptEdits\"\n");
        assertEquals("agents.codex.mode", e.key());
        assertTrue(e.problem().contains("workspace-write, read-only, danger-full-access"), e.problem());
        assertTrue(e.describe().contains("mode = \"workspace-write\""), e.describe());
    }

    @Test
    void claude_may_run_in_workspace_write_with_the_domains_its_sandbox_may_reach() {
        BatonConfig c = parse("""
                [agents.claude]
                command = "claude"
                mode = "workspace-write"
                allowed_domains = ["github.com", "*.npmjs.org"]
                """);
        assertEquals(java.util.Optional.of("workspace-write"), c.agent("claude").orElseThrow().mode());
        assertEquals(List.of("github.com", "*.npmjs.org"), c.agent("claude").orElseThrow().allowedDomains());
        assertEquals(List.of(), parse("[agents.claude]\ncommand = \"claude\"\nmode = \"workspace-write\"\n")
                .agent("claude").orElseThrow().allowedDomains());

        ConfigException other = broken("[agents.claude]\ncommand = \"claude\"\nallowed_domains = [\"github.com\"]\n");
        assertEquals("agents.claude.allowed_domains", other.key());
        assertTrue(other.problem().contains("mode = \"workspace-write\""), other.problem());
        ConfigException codex = broken("[agents.codex]\ncommand = \"codex\"\nallowed_domains = [\"github.com\"]\n");
        assertEquals("agents.codex.allowed_domains", codex.key());
        ConfigException url = broken("[agents.claude]\ncommand = \"claude\"\nmode = \"workspace-write\"\n"
                + "allowed_domains = [\"https://github.com/x\"]\n");
        assertTrue(url.problem().contains("is not a host name"), url.problem());
        assertTrue(url.describe().contains("allowed_domains = [\"github.com\", \"*.npmjs.org\"]"), url.describe());
    }

    @Test
    void limits_have_defaults_and_refuse_nonsense() {
        assertEquals(LimitSettings.defaults(), parse("").limits());
        assertEquals(new LimitSettings(5, 40, 2), parse("[limits]\nuser_turns_per_minute = 5\nburst = 2\n").limits());
        assertEquals("limits.burst", broken("[limits]\nburst = 0\n").key());
        assertEquals("limits.user_turns_per_minute", broken("[limits]\nuser_turns_per_minute = \"fast\"\n").key());
        assertEquals("limits.per_hour", broken("[limits]\nper_hour = 3\n").key());
    }

    @Test
    void identities_take_a_web_name_and_a_real_email() {
        BatonConfig c = parse("[identities.ana]\nname = \"Ana Lima\"\nweb = \"ana\"\nemail = \"ana@example.com\"\n");
        Identity ana = c.identities().get("ana");
        assertEquals(java.util.Optional.of("ana"), ana.web());
        assertEquals(java.util.Optional.of("Ana Lima <ana@example.com>"), ana.coAuthor());
        assertEquals("identities.ana.email", broken("[identities.ana]\nemail = \"ana at example\"\n").key());
        assertEquals("identities.ana.email", broken("[identities.ana]\nemail = \"a@b>\\nCo-authored-by: x\"\n").key());
        assertEquals("identities.ana.name", broken("[identities.ana]\nname = \"Ana <evil>\"\nemail = \"a@b.c\"\n").key());
    }

    @Test
    void web_team_mode_is_off_unless_accounts_is_true() {
        assertEquals(false, parse("").web().accounts());
        assertEquals(true, parse("[web]\naccounts = true\n").web().accounts());
        assertEquals("web.accounts", broken("[web]\naccounts = \"yes\"\n").key());
    }

    @Test
    void identities_take_a_github_login_and_numeric_id_for_the_noreply_co_author() {
        BatonConfig c = parse("[identities.ana]\nname = \"Ana Lima\"\ngithub = \"analima\"\ngithub_id = 1234567\n");
        Identity ana = c.identities().get("ana");
        assertEquals(java.util.Optional.of(1234567L), ana.githubId());
        assertEquals(java.util.Optional.of("@analima"), ana.githubHandle());
        assertEquals(java.util.Optional.of("Ana Lima <1234567+analima@users.noreply.github.com>"), ana.coAuthor());
        assertEquals("identities.ana.github_id", broken("[identities.ana]\ngithub = \"a\"\ngithub_id = \"12\"\n").key());
        assertEquals("identities.ana.github_id", broken("[identities.ana]\ngithub = \"a\"\ngithub_id = -3\n").key());
        assertEquals("identities.ana.github_id", broken("[identities.ana]\ngithub_id = 12\n").key());
        assertEquals("identities.ana.github", broken("[identities.ana]\ngithub = \"a b>\"\n").key());
    }

    @Test
    void the_discord_section_reads_the_token_reference_guilds_and_allow_lists() {
        BatonConfig c = parse("""
                [discord]
                token = "env:DISCORD_TOKEN"
                guilds = ["1234567890123456789"]
                channels = ["1234567890123456790"]
                [identities.ana]
                discord = "80351110224678912"
                """);
        DiscordSettings d = c.discord().orElseThrow();
        assertEquals("env:DISCORD_TOKEN", d.token().toString());
        assertEquals(List.of("1234567890123456789"), d.guilds());
        assertEquals(List.of("1234567890123456790"), d.channels());
        assertEquals(List.of(), d.users());
        assertEquals("https://discord.com/api/v10/", d.apiUrl());
        assertEquals("", d.gatewayUrl(), "Discord's own gateway unless a test overrides it");
        assertEquals(java.util.Optional.of("80351110224678912"), c.identities().get("ana").discord());
        assertTrue(parse("[daemon]\n").discord().isEmpty());
    }

    @Test
    void discord_mistakes_name_the_key() {
        String ok = "[discord]\ntoken = \"env:T\"\nguilds = [\"1234567890123456789\"]\n";
        assertEquals("discord.token", broken("[discord]\nguilds = [\"1234567890123456789\"]\n").key());
        ConfigException inline = broken("[discord]\ntoken = \"MTIz.secret.value\"\nguilds = [\"1234567890123456789\"]\n");
        assertEquals("discord.token", inline.key());
        assertFalse(inline.describe().contains("MTIz.secret.value"), "a token given inline is never echoed");
        assertEquals("discord.guilds", broken("[discord]\ntoken = \"env:T\"\n").key());
        assertEquals("discord.guilds", broken("[discord]\ntoken = \"env:T\"\nguilds = [\"general\"]\n").key());
        assertEquals("discord.users", broken(ok + "users = [\"@ana\"]\n").key());
        assertEquals("discord.api_url", broken(ok + "api_url = \"discord\"\n").key());
        assertEquals("discord.gateway_url", broken(ok + "gateway_url = \"http://x\"\n").key());
        assertEquals("discord.tokn", broken(ok + "tokn = \"env:T\"\n").key());
    }

    @Test
    void access_defaults_and_bad_values_are_explained() {
        AccessSettings d = ConfigLoader.parse(tmp.resolve("c.toml"), "", "h").access();
        assertEquals("channel", d.visibility());
        assertEquals(java.time.Duration.ofHours(12), d.linkTtl());
        AccessSettings a = ConfigLoader.parse(tmp.resolve("c.toml"),
                "[access]\nvisibility = \"private\"\nlink_ttl_s = 600\nbase_url = \"https://baton.example.com/\"\n", "h").access();
        assertEquals("private", a.visibility());
        assertEquals(java.time.Duration.ofMinutes(10), a.linkTtl());
        assertEquals(java.util.Optional.of("https://baton.example.com"), a.baseUrl());
        ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(ConfigException.class,
                () -> ConfigLoader.parse(tmp.resolve("c.toml"), "[access]\nvisibility = \"public\"\n", "h"));
        assertTrue(e.getMessage().contains("access.visibility") && e.getMessage().contains("private, shared or channel"),
                e.getMessage());
    }
}
