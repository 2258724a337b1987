package io.github.nnbackends.tck;

import io.github.nnbackends.spi.LinearAlgebra;
import io.github.nnbackends.train.Sizes;
import io.github.nnbackends.train.Trainer;
import io.github.nnbackends.train.TutorialData;
import java.lang.management.ManagementFactory;

/**
 * Heap bytes a backend's training step allocates once warm, by the JVM's per-thread allocation counter: for
 * backends that promise a step allocates nothing. A count, not a timing.
 *
 * @since 2.0
 */
public final class AllocationProbe {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private AllocationProbe() {
    }

    /** Bytes allocated by {@code steps} steps at {@code sizes}, after {@code warmUpSteps} steps. */
    public static <M> long bytesAllocatedBySteps(LinearAlgebra<M> algebra, Sizes sizes, int warmUpSteps, int steps) {
        Trainer<M> trainer = Trainer.start(algebra, TutorialData.fromSeed(0, sizes), 1e-6);
        for (int i = 0; i < warmUpSteps; i++) {
            trainer.step();
        }
        long before = THREADS.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < steps; i++) {
            trainer.step();
        }
        return THREADS.getCurrentThreadAllocatedBytes() - before;
    }
}
