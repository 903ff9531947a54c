/**
 * The LMS round trip: class lists in, bulk downloads in, grades and feedback out (Moodle, Canvas, Blackboard;
 * formats and their traps in docs/LMS.md).
 *
 * <p>Order of use:
 * <ol>
 *   <li>{@link backpropgrader.lms.RosterReader#read(java.nio.file.Path, String)} — any LMS class list or a plain
 *       {@code id,name,email}; the {@link backpropgrader.lms.Roster} says its kind and id column, and each
 *       student keeps their LMS identities ({@link backpropgrader.lms.LmsIds}) and group.</li>
 *   <li>{@link backpropgrader.lms.BulkDownloadReader#open} — a "download all submissions" folder or zip
 *       (unpacked by {@link backpropgrader.lms.SafeZip}) into one {@link backpropgrader.lms.LmsSubmission} per
 *       student or group, with the LMS identity the export needs; close the {@link backpropgrader.lms.BulkDownload}
 *       when done.</li>
 *   <li>{@link backpropgrader.lms.GradeRow#of} per student after grading, then
 *       {@link backpropgrader.lms.LmsExporter#of}{@code (lms).write(rows, settings, outDir)} — the files the LMS's
 *       upload pages take, written over the file the instructor downloaded from the LMS when given.</li>
 *   <li>{@code ./grader export} does step 3 from a marked folder: {@link backpropgrader.grade.ResultsJson#read}
 *       ({@code results.json}), then {@link backpropgrader.lms.MarkedExport#run}, which builds the rows (roster
 *       identities overridden by the download's, comments without instructor-only flags, feedback pages) and
 *       notes who cannot be matched to the LMS.</li>
 * </ol>
 * Lenient on input (header order, BOM, encodings, separators, CRLF, quoted fields, localised Blackboard labels),
 * exact and deterministic on output.
 *
 * <p>Uses the packages up to {@code render} (for the one HTML escaper); only the stages and the CLI use it.
 */
package backpropgrader.lms;
