package dev.baton.daemon.hub;

import java.net.URI;
import java.util.List;

/** What the daemon tells the hub about itself, and where and how it dials. */
public record HubFacts(URI url, String token, String daemonId, String name, String host, List<String> repos,
                       int capacity) {}
