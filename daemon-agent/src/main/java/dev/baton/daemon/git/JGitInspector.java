package dev.baton.daemon.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.patch.FileHeader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.util.io.NullOutputStream;

/** {@link RepoInspector} with JGit. Opens and closes a {@link Repository} per question; they are cheap. */
final class JGitInspector implements RepoInspector {

    @Override
    public Optional<Path> repoRoot(Path dir) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(dir.toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        try (Repository repo = builder.setMustExist(true).build()) {
            return repo.isBare() ? Optional.empty() : Optional.of(repo.getWorkTree().toPath().toAbsolutePath().normalize());
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> currentBranch(Path repo) {
        try (Repository r = open(repo)) {
            String full = r.getFullBranch();
            return full != null && full.startsWith(Constants.R_HEADS)
                    ? Optional.of(full.substring(Constants.R_HEADS.length())) : Optional.empty();
        } catch (IOException e) {
            throw new GitException("cannot read HEAD of " + repo + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean branchExists(Path repo, String branch) {
        try (Repository r = open(repo)) {
            return r.exactRef(Constants.R_HEADS + branch) != null;
        } catch (IOException e) {
            throw new GitException("cannot read branches of " + repo + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> branches(Path repo) {
        try (Repository r = open(repo)) {
            Optional<String> current = Optional.ofNullable(r.getFullBranch()).filter(b -> b.startsWith(Constants.R_HEADS))
                    .map(b -> b.substring(Constants.R_HEADS.length()));
            List<String> names = new java.util.ArrayList<>(r.getRefDatabase().getRefsByPrefix(Constants.R_HEADS).stream()
                    .map(ref -> ref.getName().substring(Constants.R_HEADS.length())).sorted().toList());
            current.filter(names::remove).ifPresent(c -> names.add(0, c));
            return names;
        } catch (IOException e) {
            throw new GitException("cannot read branches of " + repo + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String diff(Path worktree, String base) {
        return retryingVanishedFiles(worktree, () -> diffOnce(worktree, base));
    }

    private String diffOnce(Path worktree, String base) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Repository r = open(worktree); DiffFormatter df = new DiffFormatter(out)) {
            df.setRepository(r);
            df.setDiffComparator(RawTextComparator.DEFAULT);
            df.format(scan(r, df, base));
            df.flush();
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public DiffStat diffStat(Path worktree, String base) {
        return retryingVanishedFiles(worktree, () -> diffStatOnce(worktree, base));
    }

    private DiffStat diffStatOnce(Path worktree, String base) throws IOException {
        try (Repository r = open(worktree); DiffFormatter df = new DiffFormatter(NullOutputStream.INSTANCE)) {
            df.setRepository(r);
            List<DiffStat.FileStat> files = new ArrayList<>();
            for (DiffEntry entry : scan(r, df, base)) {
                FileHeader header = df.toFileHeader(entry);
                int ins = 0;
                int del = 0;
                for (Edit edit : header.toEditList()) {
                    ins += edit.getLengthB();
                    del += edit.getLengthA();
                }
                String path = entry.getChangeType() == DiffEntry.ChangeType.DELETE ? entry.getOldPath() : entry.getNewPath();
                boolean binary = header.getPatchType() != FileHeader.PatchType.UNIFIED;
                files.add(new DiffStat.FileStat(path, ins, del, binary));
            }
            return new DiffStat(files);
        }
    }

    private interface Scan<T> {
        T run() throws IOException;
    }

    /**
     * Runs a scan of the working tree again when a file it listed was gone by the time it was read: an agent's
     * tools create and remove files all the time (Claude's bubblewrap sandbox mounts empty {@code .bashrc},
     * {@code .zprofile}… in the worktree while a command runs). A few tries, then the error is reported.
     */
    private static <T> T retryingVanishedFiles(Path worktree, Scan<T> scan) {
        for (int attempt = 1; ; attempt++) {
            try {
                return scan.run();
            } catch (java.io.FileNotFoundException | java.nio.file.NoSuchFileException e) {
                if (attempt == 3) {
                    throw new GitException("diff failed in " + worktree + ": " + e.getMessage(), e);
                }
            } catch (IOException e) {
                throw new GitException("diff failed in " + worktree + ": " + e.getMessage(), e);
            }
        }
    }

    private static List<DiffEntry> scan(Repository r, DiffFormatter df, String base) throws IOException {
        ObjectId tree = r.resolve(base + "^{tree}");
        if (tree == null) {
            throw new GitException("unknown base '" + base + "'");
        }
        CanonicalTreeParser baseTree = new CanonicalTreeParser();
        try (ObjectReader reader = r.newObjectReader()) {
            baseTree.reset(reader, tree);
        }
        return df.scan(baseTree, new FileTreeIterator(r));
    }

    @Override
    public List<String> commitsBeyond(Path worktree, String base) {
        try (Repository r = open(worktree); RevWalk walk = new RevWalk(r)) {
            ObjectId head = r.resolve(Constants.HEAD);
            ObjectId baseId = r.resolve(base + "^{commit}");
            if (head == null || baseId == null) {
                return List.of();
            }
            walk.markStart(walk.parseCommit(head));
            walk.markUninteresting(walk.parseCommit(baseId));
            List<String> out = new ArrayList<>();
            for (RevCommit c : walk) {
                out.add(c.abbreviate(7).name() + " " + c.getShortMessage());
            }
            return out;
        } catch (IOException e) {
            throw new GitException("cannot list commits in " + worktree + ": " + e.getMessage(), e);
        }
    }

    private static Repository open(Path dir) throws IOException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(dir.toFile());
        if (builder.getGitDir() == null) {
            throw new GitException(dir + " is not inside a git repository");
        }
        return builder.setMustExist(true).build();
    }
}
