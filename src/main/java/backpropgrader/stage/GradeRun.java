package backpropgrader.stage;

import backpropgrader.grade.ClassSummary;
import backpropgrader.grade.Grading;
import backpropgrader.grade.GradingOutcome;
import backpropgrader.grade.Handin;
import backpropgrader.grade.IdOrder;
import backpropgrader.grade.ItemStatistics;
import backpropgrader.grade.Lateness;
import backpropgrader.marking.MarkedExercise;
import backpropgrader.grade.ReportCsv;
import backpropgrader.grade.ResultsCsv;
import backpropgrader.grade.ResultsJson;
import backpropgrader.grade.StudentResult;

import backpropgrader.kernel.OutputLayout;
import backpropgrader.kernel.OutputLock;
import backpropgrader.kernel.StagedOutput;
import backpropgrader.kernel.Version;
import backpropgrader.exercise.Deadline;
import backpropgrader.exercise.Student;
import backpropgrader.grade.Status;
import backpropgrader.lms.Lms;
import backpropgrader.render.FeedbackPage;
import backpropgrader.render.FeedbackPages;
import backpropgrader.render.ReportPage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** One run of {@link GradeStage} once everything is read: marking, feedback as it goes, then the class files. */
final class GradeRun {

    private final GradeStage.Setup setup;
    private final GradeStage.Request request;
    private final Map<String, Student> byId;
    private final OutputLayout.Graded layout;

    GradeRun(GradeStage.Setup setup, GradeStage.Request request) {
        this.setup = setup;
        this.request = request;
        this.byId = setup.roster().byId();
        this.layout = new OutputLayout.Graded(request.out());
    }

    /** The worker threads, stopped before the staging folder is cleaned up (resources close in reverse order). */
    private record Workers(ExecutorService pool) implements AutoCloseable {
        static Workers start(int threads) {
            return new Workers(Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "grade-worker");
                t.setDaemon(true);
                return t;
            }));
        }

        @Override
        public void close() {
            pool.shutdownNow();
            try {
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** {@code items.csv}, written a student at a time as they are marked ({@link ResultsCsv#items}). */
    private static final class ItemsFile implements AutoCloseable {
        private final Writer file;
        private final ResultsCsv.Items rows;

        ItemsFile(StagedOutput out, Path path) {
            try {
                file = out.writer(path);
                rows = ResultsCsv.items(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write items.csv: " + e.getMessage(), e);
            }
        }

        void add(StudentResult r) {
            try {
                rows.add(r);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write items.csv: " + e.getMessage(), e);
            }
        }

        /** Ends the table and closes the file (a second call does nothing). */
        @Override
        public void close() {
            try (Writer w = file) {
                rows.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write items.csv: " + e.getMessage(), e);
            }
        }
    }

    /** Runs under {@code lock}, the caller's lock on the output folder. */
    GradeStage.Summary run(OutputLock lock) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        try (SubmissionSource source = SubmissionSource.open(request.submissions(), setup.roster(), setup.worksheet());
             StagedOutput out = StagedOutput.beside(lock);
             Workers workers = Workers.start(threads);
             ItemsFile items = new ItemsFile(out, layout.items())) {
            List<String> order = setup.roster().students().stream().map(Student::id).sorted(IdOrder.INSTANCE).toList();
            VariantSupply supply = new VariantSupply(order, setup::variants, workers.pool(), 4 * threads);
            FeedbackWriter pages = new FeedbackWriter(workers.pool(), 4 * threads);
            Set<String> written = new HashSet<>();
            Grading.Listener listener = new Grading.Listener() {
                @Override
                public void graded(StudentResult result, List<MarkedExercise> marked) {
                    written.add(result.id());
                    pages.submit(() -> feedback(out, result, marked));
                    items.add(result); // only marked students have item rows, and they come in id order
                }

                @Override
                public void progress(int done, int total) {
                    request.progress().step(done, total);
                }
            };
            GradingOutcome graded = new Grading(setup.roster().students(), supply)
                    .withGroups(setup.course()::variantOwner).adjustedBy(r -> adjust(r, source))
                    .withCodes(setup.codes()).checkingVariants(!request.skipVariantCheck())
                    .grade(source.inputs, listener);
            List<StudentResult> students = graded.students();
            for (StudentResult s : students) {
                if (byId.containsKey(s.id()) && written.add(s.id())) {
                    pages.submit(() -> feedback(out, s, List.of())); // not submitted, unreadable
                }
            }
            pages.finish();
            List<String> warnings = new ArrayList<>(graded.warnings());
            warnings.addAll(source.notes);
            warnings.addAll(setup.course().groupWork().in(setup.roster().students(), setup.course().source(),
                    setup.roster().source()).unusedNote());
            warnings.addAll(setup.overrides().unused(students));
            lateness(students, source).ifPresent(warnings::add);
            GradingOutcome outcome = new GradingOutcome(students, warnings, new TreeMap<>(graded.families()),
                    graded.attention(), graded.collusion());
            ClassSummary summary = ClassSummary.of(outcome);
            items.close();
            writeClassFiles(out, outcome, summary, workers.pool());
            out.commit();
            return new GradeStage.Summary(outcome, summary, request.out(), setup.roster(), setup.course());
        }
    }

    /** The roster identities with the download's over them, the overrides, then the late penalty. */
    private StudentResult adjust(StudentResult r, SubmissionSource source) {
        Student s = byId.get(r.id());
        if (s == null) {
            return r;
        }
        Handin h = r.source() == null ? null : source.handins.get(r.source()); // what came with the file graded
        Map<String, String> ids = new TreeMap<>(s.lms());
        if (h != null) {
            ids.putAll(h.identities());
        }
        StudentResult o = setup.overrides().apply(r).withLms(ids);
        return Lateness.apply(o, setup.course().deadline(), h);
    }

    /**
     * When the course sets a due date or a late penalty but some graded submissions came without a time: that no
     * lateness could be judged for them, and what would give the times.
     */
    private java.util.Optional<String> lateness(List<StudentResult> students, SubmissionSource source) {
        Deadline d = setup.course().deadline();
        if (!d.isSet()) {
            return java.util.Optional.empty();
        }
        List<String> untimed = students.stream().filter(r -> r.status() == Status.GRADED && byId.containsKey(r.id()))
                .filter(r -> r.source() == null || source.handins.get(r.source()) == null
                        || !source.handins.get(r.source()).timed()).map(StudentResult::id).toList();
        if (untimed.isEmpty()) {
            return java.util.Optional.empty();
        }
        String where = source.lms == Lms.MOODLE ? "the Moodle download carries no times; give --worksheet (the"
                + " assignment's grading worksheet, whose Last modified (submission) column has them)"
                : source.lms == Lms.NONE ? "a folder of files carries no hand-in times" : "the download gives no time"
                + " for them";
        return java.util.Optional.of("The course file sets " + (d.due() != null ? "a due date" : "a late penalty")
                + ", but no lateness could be judged for " + untimed.size() + " of the graded submissions ("
                + String.join(", ", untimed.subList(0, Math.min(10, untimed.size())))
                + (untimed.size() > 10 ? ", …" : "") + "): " + where + ".");
    }

    private void feedback(StagedOutput out, StudentResult r, List<MarkedExercise> exercises) {
        FeedbackPage page = new FeedbackPage(byId.get(r.id()), setup.course().title(), setup.course().assignment(),
                setup.course().locale(), r, exercises, setup.course().feedback(), setup.provenance());
        FeedbackPages.feedbackUtf8(page, (bytes, length) -> out.write(layout.feedback(r.id()), bytes, length));
    }

    /** results.json, grades.csv, report.html and report.csv side by side (items.csv is written while marking). */
    private void writeClassFiles(StagedOutput out, GradingOutcome outcome, ClassSummary summary,
                                 ExecutorService pool) {
        ItemStatistics statistics = ItemStatistics.of(outcome);
        FeedbackWriter files = new FeedbackWriter(pool, 2);
        files.submit(() -> write(out, layout.results(), w -> ResultsJson.write(outcome,
                new ResultsJson.Provenance(Version.current(), setup.course().assignment()), w)));
        files.submit(() -> {
            write(out, layout.grades(), w -> ResultsCsv.writeGrades(outcome, w));
            write(out, layout.reportCsv(), w -> ReportCsv.write(statistics, w));
            out.write(layout.report(), FeedbackPages.report(new ReportPage(setup.course().title(),
                    setup.course().assignment(), setup.course().locale(), outcome, summary, statistics,
                    setup.roster().students(), setup.provenance())));
        });
        files.finish();
    }

    private interface Contents {
        void write(Writer w) throws IOException;
    }

    private static void write(StagedOutput out, Path file, Contents contents) {
        try (Writer w = out.writer(file)) {
            contents.write(w);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
