package dev.baton.daemon.git;

import java.util.List;

/** Line counts per changed file and in total. Binary files count no lines. */
public record DiffStat(List<FileStat> files) {
    public DiffStat {
        files = List.copyOf(files);
    }

    public record FileStat(String path, int insertions, int deletions, boolean binary) {}

    public int insertions() {
        return files.stream().mapToInt(FileStat::insertions).sum();
    }

    public int deletions() {
        return files.stream().mapToInt(FileStat::deletions).sum();
    }

    /** Renders like {@code git diff --stat}. */
    public String render() {
        if (files.isEmpty()) {
            return "no changes\n";
        }
        int width = files.stream().mapToInt(f -> f.path().length()).max().orElse(0);
        StringBuilder out = new StringBuilder();
        for (FileStat f : files) {
            out.append(' ').append(f.path()).append(" ".repeat(width - f.path().length())).append(" | ");
            if (f.binary()) {
                out.append("Bin\n");
            } else {
                int n = f.insertions() + f.deletions();
                out.append(n).append(' ').append("+".repeat(Math.min(f.insertions(), 40)))
                        .append("-".repeat(Math.min(f.deletions(), 40))).append('\n');
            }
        }
        out.append(' ').append(files.size()).append(files.size() == 1 ? " file changed" : " files changed");
        if (insertions() > 0) {
            out.append(", ").append(insertions()).append(insertions() == 1 ? " insertion(+)" : " insertions(+)");
        }
        if (deletions() > 0) {
            out.append(", ").append(deletions()).append(deletions() == 1 ? " deletion(-)" : " deletions(-)");
        }
        return out.append('\n').toString();
    }
}
