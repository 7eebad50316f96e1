package dev.baton.adapters.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the hub may touch names no Slack SDK type, so the hub compiles without Bolt on its classpath. That Bolt stays
 * in this module is the Maven enforcer's job (the root, adapter-web, adapter-discord and bot poms; see
 * docs/architecture.md), which replaced a scan of import lines.
 */
class VendorBoundaryTest {
    @Test
    void the_slack_adapters_public_api_names_no_slack_sdk_type() throws Exception {
        for (Class<?> type : List.of(SlackChat.class, SlackOptions.class, SlackOptions.Tuning.class, SlackException.class)) {
            for (var m : type.getMethods()) {
                for (Class<?> t : Stream.concat(Stream.of(m.getReturnType()), Stream.of(m.getParameterTypes())).toList()) {
                    assertEquals(false, t.getName().startsWith("com.slack."), type.getSimpleName() + "." + m.getName());
                }
            }
        }
    }
}
