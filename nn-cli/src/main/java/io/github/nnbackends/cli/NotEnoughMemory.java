package io.github.nnbackends.cli;

import io.github.nnbackends.spi.BackendProvider;
import io.github.nnbackends.train.Sizes;
import io.github.nnbackends.train.Trainer;

/**
 * Memory that training needs and Java may not use: found before anything is allocated (see {@link #require}),
 * or when Java runs out. Says what the sizes need, what Java may use, and what to do.
 */
final class NotEnoughMemory extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final String ADVICE = "give Java more memory with JAVA_OPTS=-Xmx...";

    private NotEnoughMemory(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Java ran out: blamed on the sizes when they need at least half of what Java may use; otherwise what ran out,
     * as the JVM said it.
     */
    NotEnoughMemory(Sizes sizes, OutOfMemoryError error) {
        this(sizes != null && Trainer.bytesNeeded(sizes) >= maxMemory() / 2 ? forSizes(sizes, null)
                : "out of memory (" + (error.getMessage() == null ? "OutOfMemoryError" : error.getMessage())
                        + ") with Java allowed " + Words.bytes(maxMemory()) + "; " + ADVICE, error);
    }

    /**
     * Before anything is allocated: whether training at {@code sizes} on {@code provider}'s backend can fit, on the
     * heap and, for a backend that keeps its matrices outside it, in native memory (which JavaCPP, as ND4J uses it,
     * limits to what the heap may be).
     *
     * @throws NotEnoughMemory if it cannot
     */
    static void require(Sizes sizes, BackendProvider provider) {
        long matrices = Trainer.matrixBytesNeeded(sizes);
        long heap = Trainer.heapBytesNeeded(sizes) + (provider.keepsMatricesOffHeap() ? 0 : matrices);
        long outside = provider.keepsMatricesOffHeap() ? matrices : 0;
        if (heap > maxMemory() || outside > maxMemory()) {
            throw new NotEnoughMemory(forSizes(sizes, provider), null);
        }
    }

    private static String forSizes(Sizes sizes, BackendProvider provider) {
        String need = provider != null && provider.keepsMatricesOffHeap()
                ? "training on " + provider.name() + " needs about " + Words.bytes(Trainer.heapBytesNeeded(sizes))
                        + " on the Java heap and " + Words.bytes(Trainer.matrixBytesNeeded(sizes)) + " outside it"
                : "training needs about " + Words.bytes(Trainer.bytesNeeded(sizes));
        return "not enough memory for " + sizes + ": " + need + " and Java may use " + Words.bytes(maxMemory())
                + "; use smaller sizes, or " + ADVICE;
    }

    private static long maxMemory() {
        return Runtime.getRuntime().maxMemory();
    }
}
