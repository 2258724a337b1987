package io.github.nnbackends.cli;

import io.github.nnbackends.spi.BackendProvider;
import io.github.nnbackends.train.Sizes;
import io.github.nnbackends.train.Trainer;
import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;

/**
 * Memory that training needs and cannot have: found before anything is allocated (see {@link #require}), or when
 * Java, or a backend outside Java's heap, runs out. Says what the sizes need, what may be used, and what to do.
 */
final class NotEnoughMemory extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final String ADVICE = "give Java more memory with JAVA_OPTS=-Xmx...";

    /**
     * Heap that a run uses besides its data and matrices: nn's own objects, the libraries' and the collector's room.
     * Measured: with -Xmx256m and the serial collector, training that needs 234 MiB ran and 239 MiB did not.
     */
    static final long RESERVE_BYTES = 16L << 20;

    /** Above this, {@link #require} also asks how much memory the machine has: asking costs start-up time. */
    private static final long ASK_THE_MACHINE_ABOVE = 1L << 30;

    private NotEnoughMemory(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Java's heap ran out: blamed on the sizes when they need at least half of what Java may use; otherwise what
     * ran out, as the JVM said it.
     */
    NotEnoughMemory(Sizes sizes, OutOfMemoryError error) {
        this(sizes != null && Trainer.bytesNeeded(sizes) >= maxMemory() / 2 ? forSizes(sizes, null)
                : "out of memory (" + (error.getMessage() == null ? "OutOfMemoryError" : error.getMessage())
                        + ") with Java allowed " + Words.bytes(maxMemory()) + "; " + ADVICE, error);
    }

    /**
     * Memory outside Java's heap ran out in {@code backend}'s {@code operation} (direct buffers, a native library's
     * own): more heap may not help, so the advice is the sizes, and what ran out as the backend said it.
     */
    static NotEnoughMemory inBackend(String backend, String operation, OutOfMemoryError error) {
        return new NotEnoughMemory("backend '" + backend + "' ran out of memory in " + operation + ": "
                + (error.getMessage() == null ? "OutOfMemoryError" : error.getMessage().strip())
                + "; use smaller sizes, or give the backend more memory", error);
    }

    /** Whether {@code error} says Java's heap is full, rather than memory elsewhere (direct, native, metaspace). */
    static boolean isHeap(OutOfMemoryError error) {
        String message = String.valueOf(error.getMessage());
        return message.equals("Java heap space") || message.startsWith("GC overhead limit exceeded")
                || message.startsWith("Requested array size exceeds VM limit");
    }

    /**
     * Before anything is allocated: whether training at {@code sizes} on {@code provider}'s backend can fit, on the
     * heap (with {@link #RESERVE_BYTES} for the rest of the run), in native memory for a backend that keeps its
     * matrices outside the heap (which JavaCPP, as ND4J uses it, limits to what the heap may be), and on the machine.
     *
     * @throws NotEnoughMemory if it cannot
     */
    static void require(Sizes sizes, BackendProvider provider) {
        require(sizes, provider, NotEnoughMemory::machineMemory);
    }

    /** {@link #require(Sizes, BackendProvider)} on a machine of {@code machineMemory} bytes, asked only above 1 GiB. */
    static void require(Sizes sizes, BackendProvider provider, LongSupplier machineMemory) {
        long matrices = Trainer.matrixBytesNeeded(sizes);
        long heap = Trainer.heapBytesNeeded(sizes) + (provider.keepsMatricesOffHeap() ? 0 : matrices);
        long outside = provider.keepsMatricesOffHeap() ? matrices : 0;
        if (heap + RESERVE_BYTES > maxMemory() || outside > maxMemory()) {
            throw new NotEnoughMemory(forSizes(sizes, provider), null);
        }
        long total = heap + outside;
        if (total > ASK_THE_MACHINE_ABOVE && total > machineMemory.getAsLong()) {
            throw new NotEnoughMemory("not enough memory for " + sizes + ": training needs about "
                    + Words.bytes(total) + " and this machine has " + Words.bytes(machineMemory.getAsLong())
                    + "; use smaller sizes", null);
        }
    }

    /**
     * Before training: whether the heap can keep {@code perStep} numbers for each of {@code steps} steps (a loss,
     * its time, its difference to a reference), besides what the training itself needs at {@code sizes}.
     *
     * @throws NotEnoughMemory if it cannot
     */
    static void requireForLosses(Sizes sizes, long steps, int perStep) {
        long kept = steps * perStep * Double.BYTES;
        if (kept + Trainer.bytesNeeded(sizes) + RESERVE_BYTES > maxMemory()) {
            throw new NotEnoughMemory("not enough memory to keep what " + steps + " steps compute: that needs "
                    + Words.bytes(kept) + ", the training about " + Words.bytes(Trainer.bytesNeeded(sizes))
                    + ", and Java may use " + Words.bytes(maxMemory()) + "; give fewer --steps, or " + ADVICE, null);
        }
    }

    private static String forSizes(Sizes sizes, BackendProvider provider) {
        String need = provider != null && provider.keepsMatricesOffHeap()
                ? "training on " + provider.name() + " needs about " + Words.bytes(Trainer.heapBytesNeeded(sizes))
                        + " on the Java heap and " + Words.bytes(Trainer.matrixBytesNeeded(sizes)) + " outside it"
                : "training needs about " + Words.bytes(Trainer.bytesNeeded(sizes));
        return "not enough memory for " + sizes + ": " + need + ", nn about " + Words.bytes(RESERVE_BYTES)
                + " more, and Java may use " + Words.bytes(maxMemory()) + "; use smaller sizes, or " + ADVICE;
    }

    private static long maxMemory() {
        return Runtime.getRuntime().maxMemory();
    }

    /** The machine's memory, or no limit where the JDK cannot say. */
    private static long machineMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return Long.MAX_VALUE;
    }
}
