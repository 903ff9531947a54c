package backpropgrader.exercise;

import backpropgrader.kernel.BadInputException;
import backpropgrader.kernel.BundledFiles;
import backpropgrader.kernel.TreeFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds a course's families. An entry of the course's {@code families} list is a file path (it has a '/' or
 * ends in .yaml, .yml or .json; relative to the course file's folder) or a family id, looked up as
 * {@code <families_folder>/<id>.yaml} (or .yml, .json) and then among the families bundled with the tool. With no
 * list, the set is every family file directly in the families folder — or the bundled set when there is none.
 */
public final class FamilyCatalog {

    static final String BUNDLED = "exercises";
    private static final List<String> EXTENSIONS = List.of(".yaml", ".yml", ".json");

    private FamilyCatalog() {
    }

    public static List<Family> load(Course course) {
        Path folder = course.folder().resolve(course.familiesFolder());
        List<Family> out = new ArrayList<>();
        if (course.families().isEmpty()) {
            List<Path> files = familyFiles(folder);
            if (files.isEmpty()) {
                for (String name : BundledFiles.list(BUNDLED)) {
                    if (isFamilyFile(name)) {
                        out.add(FamilyReader.bundled(BUNDLED + "/" + name));
                    }
                }
            } else {
                files.forEach(f -> out.add(FamilyReader.read(f)));
            }
        } else {
            for (int i = 0; i < course.families().size(); i++) {
                out.add(find(course, folder, course.families().get(i), "families[" + i + "]"));
            }
        }
        if (out.isEmpty()) {
            throw new BadInputException(course.source() + ": families: no exercise family found in " + folder
                    + " nor bundled with the tool.");
        }
        Set<String> ids = new HashSet<>();
        for (Family f : out) {
            if (!ids.add(f.id())) {
                throw new BadInputException(course.source() + ": families: the family id '" + f.id()
                        + "' comes twice (the second time from " + f.file() + "); ids name the answer sections.");
            }
        }
        return List.copyOf(out);
    }

    private static Family find(Course course, Path folder, String entry, String path) {
        if (entry.contains("/") || isFamilyFile(entry)) {
            Path p = course.folder().resolve(entry);
            if (!Files.isRegularFile(p)) {
                throw new BadInputException(course.source() + ": " + path + ": the family file " + p + " does not exist.");
            }
            return FamilyReader.read(p);
        }
        for (String ext : EXTENSIONS) {
            Path p = folder.resolve(entry + ext);
            if (Files.isRegularFile(p)) {
                return FamilyReader.read(p);
            }
        }
        for (String ext : EXTENSIONS) {
            if (BundledFiles.list(BUNDLED).contains(entry + ext)) {
                return FamilyReader.bundled(BUNDLED + "/" + entry + ext);
            }
        }
        List<String> known = new ArrayList<>();
        BundledFiles.list(BUNDLED).stream().filter(FamilyCatalog::isFamilyFile)
                .forEach(n -> known.add(n.substring(0, n.lastIndexOf('.'))));
        throw new BadInputException(course.source() + ": " + path + ": expected a family id or file, found '" + entry
                + "', which is neither in " + folder + " nor bundled (bundled: " + String.join(", ", known) + ").");
    }

    private static List<Path> familyFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).filter(p -> isFamilyFile(p.getFileName().toString()))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isFamilyFile(String name) {
        return TreeFiles.isYaml(name) || name.endsWith(".json");
    }
}
