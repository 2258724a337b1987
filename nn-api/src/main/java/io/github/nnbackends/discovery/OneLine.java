package io.github.nnbackends.discovery;

/**
 * A throwable as users see it: its type and message, and its root cause's, on one line; never a stack trace.
 *
 * @since 2.0
 */
public final class OneLine {

    private OneLine() {
    }

    /** For example {@code ExceptionInInitializerError (caused by IllegalStateException: no library)}. */
    public static String of(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = describe(e);
        if (root != e) {
            text += " (caused by " + describe(root) + ")";
        }
        return ofText(text);
    }

    /** {@code text} on one line: each run of line breaks and the spaces around them becomes one space. */
    public static String ofText(String text) {
        if (text == null) {
            return null;
        }
        // Most text is one line already: no regular expression for it, which costs start-up time when first used.
        boolean oneLine = text.indexOf('\n') < 0 && text.indexOf('\r') < 0 && text.indexOf('\u2028') < 0
                && text.indexOf('\u2029') < 0 && text.indexOf('\u0085') < 0 && text.indexOf('\u000B') < 0
                && text.indexOf('\f') < 0;
        // A run of breaks is one match even where \s, which knows ASCII only, leaves none between them (U+2028…),
        // and the ends are stripped after, as a leading break strip() does not know (U+0085) became a space.
        return oneLine ? text.strip() : text.replaceAll("\\s*(?:\\R\\s*)+", " ").strip();
    }

    private static String describe(Throwable e) {
        String type = e.getClass().getSimpleName();
        return e.getMessage() == null ? type : type + ": " + e.getMessage();
    }
}
