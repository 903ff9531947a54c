package backpropgrader.render;

import backpropgrader.marking.Variant;

import java.util.List;
import java.util.Locale;

/**
 * One family's practice page: the course's words and locale, the family, and its pool of practice variants —
 * each as the page shows it ({@code variants}) and as the page's core rebuilds it ({@code encoded}, the same
 * order). Nothing in it comes from a course secret.
 *
 * @param encoded    each variant as {@code web.PracticeVariant.encode} wrote it (JSON)
 * @param provenance tool version and the practice seed (random, never the secret)
 */
public record PracticePage(String courseTitle, Locale locale, String familyId, String familyTitle,
                           String familyVersion, List<Variant> variants, List<String> encoded, String provenance) {

    public PracticePage {
        if (variants.isEmpty() || variants.size() != encoded.size()) {
            throw new IllegalArgumentException("a practice page needs its variants, each with its encoding; found "
                    + variants.size() + " and " + encoded.size());
        }
    }

    /** The page's file: the family id, which is a file name already (families are files). */
    public String fileName() {
        return fileName(familyId);
    }

    /** The practice page's file of a family, as {@code practice} writes it and a feedback page links it. */
    public static String fileName(String familyId) {
        return "practice-" + familyId.replaceAll("[^A-Za-z0-9._-]+", "-") + ".html";
    }
}
