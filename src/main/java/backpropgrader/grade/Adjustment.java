package backpropgrader.grade;

import backpropgrader.marking.Verdict;

/**
 * One line of an instructor's overrides file: set this item's verdict and/or points, for this reason.
 *
 * @param verdict the new verdict, or null to keep the marked one
 * @param points  the new points, or null for what the verdict earns
 * @param where   the file and line, for messages ("overrides.csv: line 4")
 */
record Adjustment(String student, String exercise, String key, Verdict verdict, Double points, String reason,
                String where) {
}
