package backpropgrader.stage;

import backpropgrader.exercise.Course;
import backpropgrader.exercise.CourseReader;
import backpropgrader.exercise.Family;
import backpropgrader.exercise.FamilyCatalog;
import backpropgrader.exercise.Variants;
import backpropgrader.kernel.OutputLock;
import backpropgrader.kernel.StagedOutput;
import backpropgrader.kernel.UsageException;
import backpropgrader.kernel.Version;
import backpropgrader.render.PracticePage;
import backpropgrader.render.Practices;
import backpropgrader.web.PracticeVariant;
import org.apache.commons.math3.random.Well19937c;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * {@code ./grader practice} (the README's commands): one self-contained practice page per family, and an index. Each page
 * carries a pool of {@value #POOL} variants drawn here by the family's own code and checked against its own
 * constraints, from a random practice seed — never from the course secret, which is not even read — and the
 * whole core compiled for the browser, which rebuilds the drawn variant, marks what the student types and writes
 * the worked solution in the page. Order of work: read the course and families; draw every pool; render; write
 * all pages into a staging folder and move them into place together.
 */
public final class PracticeStage {

    /** Variants per family page: enough that a student rarely meets the same numbers twice. */
    public static final int POOL = 200;

    /**
     * @param course   the course file, or null for the defaults
     * @param families family ids to make pages for; empty for every family of the course
     * @param seed     the practice seed; null for a fresh random one
     */
    public record Request(Path out, Path course, List<String> families, Long seed) {
    }

    /** What was written: one page per family (with its file name), the index, and the seed used. */
    public record Summary(List<Family> families, List<String> pages, long seed, Path index) {
    }

    private PracticeStage() {
    }

    public static Summary run(Request r) {
        Course course = CourseReader.readWithoutSecret(r.course());
        List<Family> families = chosen(FamilyCatalog.load(course), r.families());
        long seed = r.seed() != null ? r.seed() : new SecureRandom().nextLong();
        SplittableRandom seeds = new SplittableRandom(seed);
        String provenance = "backprop-grader " + Version.current() + " · practice seed "
                + Long.toHexString(seed) + " (random; not derived from any course secret)";
        List<PracticePage> pages = new ArrayList<>();
        for (Family f : families) {
            pages.add(page(course, f, seeds.split().nextLong(), provenance));
        }
        List<String> names = pages.stream().map(PracticePage::fileName).toList();
        try (OutputLock lock = StagedOutput.lock(r.out(), "practice"); StagedOutput staged = StagedOutput.into(lock)) {
            for (PracticePage p : pages) {
                staged.write(r.out().resolve(p.fileName()), Practices.page(p, pages));
            }
            staged.write(r.out().resolve(Practices.INDEX), Practices.index(pages));
            List<Path> all = new ArrayList<>(names.stream().map(r.out()::resolve).toList());
            all.add(r.out().resolve(Practices.INDEX));
            staged.commit(all);
        }
        return new Summary(families, names, seed, r.out().resolve(Practices.INDEX));
    }

    /** A family's page: {@value #POOL} variants from the family's own draw, each as the page carries it. */
    static PracticePage page(Course course, Family family, long familySeed, String provenance) {
        Variants maker = new Variants(course, family);
        Well19937c rng = new Well19937c(familySeed);
        List<Variants.Practice> pool = new ArrayList<>();
        List<String> encoded = new ArrayList<>();
        for (int i = 1; i <= POOL; i++) {
            Variants.Practice p = maker.practice(rng, String.format(Locale.ROOT, "practice-%03d", i));
            pool.add(p);
            encoded.add(PracticeVariant.encode(p.variant(), p.templates()));
        }
        return new PracticePage(course.title(), course.locale(), family.id(), family.title(), family.version(),
                pool.stream().map(Variants.Practice::variant).toList(), encoded, provenance);
    }

    private static List<Family> chosen(List<Family> all, List<String> wanted) {
        if (wanted.isEmpty()) {
            return all;
        }
        List<Family> out = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>(wanted);
        for (String id : ids) {
            out.add(all.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow(() -> new UsageException(
                    "--family " + id + ": the course has no such family; it has " + String.join(", ",
                            all.stream().map(Family::id).toList()) + ".")));
        }
        return out;
    }
}
