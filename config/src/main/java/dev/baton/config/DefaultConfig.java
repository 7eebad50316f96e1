package dev.baton.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.UncheckedIOException;

/** The configuration a fresh runtime root starts with, written to {@code config.toml} on first start. */
public final class DefaultConfig {
    private DefaultConfig() {}

    static final String AGENTS_EXAMPLE = """
            [agents.claude]
            command = "claude"
            args = ["--permission-mode", "default"]
            [agents.codex]
            command = "codex"
            args = []""";

    public static final String TEXT = """
            # Baton daemon configuration. Reference: docs/config.md
            [daemon]
            # name = "my-laptop"            # default: this host's name
            # repos = ["~/src/app"]         # repos offered to the hub; the local CLI may use any repo
            # cols = 120                    # agent terminal size
            # rows = 40
            # idle_after_ms = 1500          # quiet this long after output = waiting for input
            # pty_host = true               # agents live in a PTY host process and survive daemon restarts

            # Slack (docs/slack.md): HTTP mode needs signing_secret, Socket Mode app_token. Secrets by reference.
            # [slack]
            # bot_token = "env:SLACK_BOT_TOKEN"
            # signing_secret = "env:SLACK_SIGNING_SECRET"   # HTTP mode: POST /slack/events on the hub
            # app_token = "env:SLACK_APP_TOKEN"             # Socket Mode: no public URL (best on a laptop)
            # channels = []                                 # channel ids allowed; empty = all
            # users = []                                    # user ids allowed; empty = all
            # Discord (docs/discord.md): needs the Message Content intent. Token by reference.
            # [discord]
            # token = "env:DISCORD_TOKEN"
            # guilds = ["1234567890123456789"]              # servers where /agent is registered
            # channels = []                                 # channel ids allowed; empty = all
            # users = []                                    # user ids allowed; empty = all
            # [identities.ana]                              # one person across platforms
            # name = "Ana Lima"
            # web = "ana"                                   # the name used in the web chat
            # slack = "U024BE7LH"
            # discord = "80351110224678912"
            # github = "analima"                            # shown as @analima next to her name
            # github_id = 1234567                           # exact noreply address when email is unset
            # email = "ana@example.com"                     # Co-authored-by trailers on session commits
            # daemon = "ana-laptop"                         # preferred machine for /agent run (docs/config.md)
            # [channels."slack:C024BE91L"]                  # a channel's launch defaults: /agent run PROMPT there
            # repo = "billing"                              # starts on this repo (and agent, daemon, branch)

            # Turn rate limits at the hub (token buckets); a limited turn is refused with a reply.
            # [limits]
            # user_turns_per_minute = 20
            # session_turns_per_minute = 40
            # burst = 10

            # Each agent: the prompt is passed as the last argument. Sessions start confined: Claude Code asks before
            # tools run (mode "default"), Codex edits only its worktree and asks before leaving it ("workspace-write").
            # Set mode = "..." per agent to choose otherwise (docs/security.md). Claude Code's mode "workspace-write" is its
            # own sandbox (bubblewrap + socat on Linux): Bash writes only in the worktree, allowed_domains = [...] reach.
            """ + AGENTS_EXAMPLE + "\n";

    static JsonNode defaults() {
        try {
            return new TomlMapper().readTree(TEXT);
        } catch (JacksonException e) {
            throw new UncheckedIOException(e);
        }
    }
}
