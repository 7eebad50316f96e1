package dev.baton.daemon.cli;

import dev.baton.protocol.json.Fields;
import dev.baton.protocol.json.Json;
import java.util.List;

/** {@code agent artifacts}: one line per artifact event (KIND, WHERE: the path or commit id, LABEL), or JSON lines. */
final class ArtifactTable {
    private ArtifactTable() {}

    static String render(List<Fields> artifacts, boolean json) {
        StringBuilder out = new StringBuilder();
        if (json) {
            artifacts.forEach(f -> out.append(Json.write(f.map())).append('\n'));
            return out.toString();
        }
        if (artifacts.isEmpty()) {
            return "no artifacts yet (commits, kill --rm patches and files the agent declares show here)\n";
        }
        out.append(String.format("%-12s %-9s %-48s %s%n", "KIND", "TIME", "WHERE", "LABEL"));
        for (Fields f : artifacts) {
            String at = f.string("at");
            String path = text(f, "path");
            String where = path.isEmpty() ? text(f, "commit") : path;
            out.append(String.format("%-12s %-9s %-48s %s%n", text(f, "kind"), at.length() >= 19 ? at.substring(11, 19) : at,
                    where, text(f, "label").replace('\n', ' ')));
        }
        return out.toString();
    }

    private static String text(Fields f, String key) {
        return f.map().get(key) instanceof String s ? s : "";
    }
}
