package backpropgrader.kernel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a run that was killed (kill -9, a power cut) left beside its output folder, put right by the next run on
 * the same folder as soon as it holds the lock — so no other run is writing there — and before it decides
 * anything about the folder, each with a note ({@link Notices}). Only what a run that has ended left is touched:
 * the pid in the name is not alive, or the name has none (an earlier version of the tool).
 * <ul>
 *   <li>The commit of a whole folder ({@link StagedOutput#commit()}) is two moves: {@code DIR} to
 *       {@code .DIR.old-…}, then the staging folder to {@code DIR}. Cut off between them, {@code DIR} is absent
 *       and the last results are in {@code .DIR.old-…}: they are moved back ("restored DIR/ from an interrupted
 *       run"). Cut off after both, before the old folder was removed: {@code DIR} holds the run's committed
 *       results and the old folder is removed.</li>
 *   <li>A commit of parts ({@link StagedOutput#commit(List)}) writes its plan into its staging folder first and
 *       keeps each part it replaces there; cut off part-way, it is undone, every part back as it was.</li>
 *   <li>Staging folders, up to a whole output's size, are removed.</li>
 * </ul>
 */
final class InterruptedRuns {

    private InterruptedRuns() {
    }

    /** Puts right what ended runs left beside {@code target} (absolute), named {@code shown} in the notes. */
    static void tidy(Path target, String shown) {
        Path parent = target.getParent();
        try {
            restoreOld(target, shown, Leftovers.ended(parent, StagedOutput.oldPrefix(target), true));
            for (Path staging : Leftovers.ended(parent, StagedOutput.stagingPrefix(target), true)) {
                if (Files.exists(staging.resolve(StagedOutput.PLAN), LinkOption.NOFOLLOW_LINKS)) {
                    int parts = undo(staging, target);
                    Notices.note("restored " + shown + " from an interrupted run: " + parts + " part"
                            + (parts == 1 ? "" : "s") + " of it put back as they were before that run.");
                }
                Folders.delete(staging);
                Notices.note("removed " + staging.getFileName() + ", the staging folder of an interrupted run"
                        + pid(staging, StagedOutput.stagingPrefix(target)) + ".");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put right what an interrupted run left beside " + target + ": "
                    + e.getMessage() + "; nothing was changed by this run", e);
        }
    }

    private static void restoreOld(Path target, String shown, List<Path> olds) throws IOException {
        List<Path> rest = new ArrayList<>(olds.stream().filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                .toList());
        if (rest.isEmpty()) {
            return;
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Path last = rest.stream().max(Comparator.comparing(InterruptedRuns::modified)).orElseThrow();
            Folders.move(last, target);
            rest.remove(last);
            Notices.note("restored " + shown + " from an interrupted run (its results had been put aside in "
                    + last.getFileName() + " while the new ones moved in).");
        }
        for (Path old : rest) {
            Folders.delete(old);
            Notices.note("removed " + old.getFileName() + ", results that an interrupted run had already"
                    + " replaced in " + shown + ".");
        }
    }

    /** Undoes a commit of parts from its plan, last part first; returns how many parts were put back. */
    private static int undo(Path staging, Path target) throws IOException {
        List<String> plan = Files.readAllLines(staging.resolve(StagedOutput.PLAN), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isEmpty()).toList();
        Path replaced = staging.resolve(StagedOutput.REPLACED);
        int restored = 0;
        for (int i = plan.size() - 1; i >= 0; i--) {
            Path from = staging.resolve(plan.get(i)).normalize();
            Path to = target.resolve(plan.get(i)).normalize();
            Path old = replaced.resolve(Integer.toString(i));
            if (!from.startsWith(staging) || !to.startsWith(target)) {
                continue; // not a plan this tool wrote
            }
            boolean movedIn = !Files.exists(from, LinkOption.NOFOLLOW_LINKS);
            if (movedIn) {
                Folders.delete(to); // the interrupted run's new part
            }
            boolean kept = Files.exists(old, LinkOption.NOFOLLOW_LINKS);
            if (kept) {
                Files.createDirectories(to.getParent());
                Folders.move(old, to);
            }
            if (movedIn || kept) {
                restored++;
            }
        }
        return restored;
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static String pid(Path p, String prefix) {
        long pid = Leftovers.pid(p.getFileName().toString(), prefix);
        return pid < 0 ? "" : " (pid " + pid + ")";
    }
}
