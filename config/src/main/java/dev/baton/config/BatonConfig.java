package dev.baton.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The whole validated configuration of one process. */
public record BatonConfig(Path source, DaemonSettings daemon, Map<String, AgentSpec> agents, HubSettings hub,
                          WebSettings web, ApprovalSettings approvals, Optional<SlackSettings> slack,
                          Optional<DiscordSettings> discord, Map<String, Identity> identities,
                          AccessSettings access, LimitSettings limits, BudgetSettings budgets, PriceTable prices,
                          Map<String, ChannelSettings> channels) {
    /** Without {@code [channels]}: no channel defaults. */
    public BatonConfig(Path source, DaemonSettings daemon, Map<String, AgentSpec> agents, HubSettings hub,
                       WebSettings web, ApprovalSettings approvals, Optional<SlackSettings> slack,
                       Optional<DiscordSettings> discord, Map<String, Identity> identities,
                       AccessSettings access, LimitSettings limits, BudgetSettings budgets, PriceTable prices) {
        this(source, daemon, agents, hub, web, approvals, slack, discord, identities, access, limits, budgets, prices,
                Map.of());
    }

    /** Without {@code [budgets]}, {@code [prices]} and {@code [channels]}: no budgets, the shipped prices, no defaults. */
    public BatonConfig(Path source, DaemonSettings daemon, Map<String, AgentSpec> agents, HubSettings hub,
                       WebSettings web, ApprovalSettings approvals, Optional<SlackSettings> slack,
                       Optional<DiscordSettings> discord, Map<String, Identity> identities,
                       AccessSettings access, LimitSettings limits) {
        this(source, daemon, agents, hub, web, approvals, slack, discord, identities, access, limits,
                BudgetSettings.none(), PriceTable.builtIn(), Map.of());
    }

    /** Without {@code [limits]}: its defaults. */
    public BatonConfig(Path source, DaemonSettings daemon, Map<String, AgentSpec> agents, HubSettings hub,
                       WebSettings web, ApprovalSettings approvals, Optional<SlackSettings> slack,
                       Optional<DiscordSettings> discord, Map<String, Identity> identities, AccessSettings access) {
        this(source, daemon, agents, hub, web, approvals, slack, discord, identities, access, LimitSettings.defaults());
    }

    public BatonConfig {
        agents = Map.copyOf(agents);
        identities = Map.copyOf(identities);
        channels = Map.copyOf(channels);
    }

    /** Without {@code [discord]} and {@code [access]} sections (access: its defaults). */
    public BatonConfig(Path source, DaemonSettings daemon, Map<String, AgentSpec> agents, HubSettings hub,
                       WebSettings web, ApprovalSettings approvals, Optional<SlackSettings> slack,
                       Map<String, Identity> identities) {
        this(source, daemon, agents, hub, web, approvals, slack, Optional.empty(), identities, AccessSettings.defaults());
    }

    public Optional<AgentSpec> agent(String name) {
        return Optional.ofNullable(agents.get(name));
    }

    /** The agent used when {@code --agent} is not given: {@code claude} if defined, else the first by name. */
    public Optional<AgentSpec> defaultAgent() {
        return agent("claude").or(() -> agents.keySet().stream().sorted().findFirst().map(agents::get));
    }
}
