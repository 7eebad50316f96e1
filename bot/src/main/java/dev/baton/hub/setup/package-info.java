/**
 * Setting a hub up on this machine: the runtime root's files, the local daemon {@code baton up} runs and supervises
 * beside the hub (restarts with back-off, exit reasons), and the Slack and Discord adapters' options from the config
 * (secrets resolved, identities mapped). Used by {@code HubMain} only; may depend on {@code config} and the adapters'
 * option records.
 */
package dev.baton.hub.setup;
