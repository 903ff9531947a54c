package backpropgrader.kernel;

import java.util.Locale;

/**
 * Files in a submissions folder or an LMS download that nobody handed in: hidden files and folders ({@code .*},
 * macOS's {@code __MACOSX} and {@code ._*}), Office lock files ({@code ~$…}), editor backups ({@code …~}) and
 * Windows's {@code Thumbs.db} and {@code desktop.ini}. A file is left out when any part of its path is one.
 */
public final class HiddenFiles {

    private HiddenFiles() {
    }

    /** Whether {@code relative} ('/'- or '\'-separated) has a hidden or system part. */
    public static boolean hidden(String relative) {
        for (String part : relative.split("[/\\\\]")) {
            if (hiddenPart(part)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one file or folder name is hidden or a system file. */
    public static boolean hiddenPart(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.startsWith(".") || n.startsWith("~$") || n.endsWith("~") || n.equals("__macosx")
                || n.equals("thumbs.db") || n.equals("desktop.ini");
    }
}
