package io.github.nnbackends.cli;

import io.github.nnbackends.train.Sizes;
import io.github.nnbackends.train.Trainer;

/**
 * Java ran out of memory: what the sizes need and what Java may use, when the sizes are what did not fit (they need
 * at least half of what Java may use); otherwise what ran out, as the JVM said it.
 */
final class NotEnoughMemory extends RuntimeException {

    private static final long serialVersionUID = 1L;

    NotEnoughMemory(Sizes sizes, OutOfMemoryError error) {
        super(message(sizes, error), error);
    }

    private static String message(Sizes sizes, OutOfMemoryError error) {
        long may = Runtime.getRuntime().maxMemory();
        String advice = "give Java more memory with JAVA_OPTS=-Xmx...";
        if (sizes != null && Trainer.bytesNeeded(sizes) >= may / 2) {
            return "not enough memory for " + sizes + ": training needs about " + Words.bytes(Trainer.bytesNeeded(sizes))
                    + " and Java may use " + Words.bytes(may) + "; use smaller sizes, or " + advice;
        }
        return "out of memory (" + (error.getMessage() == null ? "OutOfMemoryError" : error.getMessage())
                + ") with Java allowed " + Words.bytes(may) + "; " + advice;
    }
}
