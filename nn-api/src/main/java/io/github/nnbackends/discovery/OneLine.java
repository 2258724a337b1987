package io.github.nnbackends.discovery;

import java.util.stream.Collectors;

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
        return text.lines().map(String::strip).collect(Collectors.joining(" "));
    }

    /** {@code text} on one line: each run of line breaks and the spaces around them becomes one space. */
    public static String ofText(String text) {
        return text == null ? null : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static String describe(Throwable e) {
        String type = e.getClass().getSimpleName();
        return e.getMessage() == null ? type : type + ": " + e.getMessage();
    }
}
