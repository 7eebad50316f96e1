package dev.baton.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What an agent (and the daemon baton up starts) may inherit: the user's environment minus every secret the config names. */
class SecretEnvTest {
    private static final String TOML = """
            [hub]
            url = "ws://127.0.0.1:7420/daemon"
            token = "env:MY_DAEMON_TOKEN"
            [slack]
            bot_token = "env:TEAM_SLACK_BOT"
            signing_secret = "env:TEAM_SLACK_SIGNING"
            app_token = "file:/etc/baton/slack-app.token"
            [discord]
            token = "env:TEAM_DISCORD"
            guilds = ["123456789012345678"]
            """;

    private static BatonConfig config(String toml) {
        return ConfigLoader.parse(Path.of("/tmp/config.toml"), toml, "host");
    }

    @Test
    void every_variable_a_slack_discord_or_hub_reference_names_is_removed_with_batons_own_token() {
        assertEquals(Set.of("BATON_HUB_TOKEN", "MY_DAEMON_TOKEN", "TEAM_SLACK_BOT", "TEAM_SLACK_SIGNING", "TEAM_DISCORD"),
                SecretEnv.names(config(TOML)));
    }

    @Test
    void the_users_own_environment_stays() {
        Map<String, String> env = Map.of("PATH", "/usr/bin", "HOME", "/home/ana", "ANTHROPIC_API_KEY", "sk-ant-user",
                "HTTPS_PROXY", "http://proxy:3128", "TEAM_DISCORD", "discord-secret", "TEAM_SLACK_BOT", "xoxb-secret",
                "TEAM_SLACK_SIGNING", "signing", "MY_DAEMON_TOKEN", "daemon", "BATON_HUB_TOKEN", "hub");
        assertEquals(Map.of("PATH", "/usr/bin", "HOME", "/home/ana", "ANTHROPIC_API_KEY", "sk-ant-user",
                "HTTPS_PROXY", "http://proxy:3128"), SecretEnv.without(env, config(TOML)));
    }

    @Test
    void without_chat_sections_only_batons_token_goes() {
        assertEquals(Map.of("DISCORD_TOKEN_OF_ANOTHER_APP", "x"), SecretEnv.without(
                Map.of("DISCORD_TOKEN_OF_ANOTHER_APP", "x", "BATON_HUB_TOKEN", "t"), config("")));
    }
}
