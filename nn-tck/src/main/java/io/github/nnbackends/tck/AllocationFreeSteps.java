package io.github.nnbackends.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nnbackends.train.Sizes;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An optional promise, opted into by implementing this interface: once warm, a training step of this backend
 * allocates nothing on the heap at the sizes {@link #allocationFreeAt()} names. Counted by the JVM's per-thread
 * allocation counter ({@link AllocationProbe}), not timed.
 *
 * @since 2.0
 */
public interface AllocationFreeSteps extends BackendUnderTest {

    /** The sizes at which a warm step allocates nothing (say, below those where the backend uses a thread pool). */
    List<Sizes> allocationFreeAt();

    @Test
    default void aWarmTrainingStepAllocatesNothingOnTheHeap() {
        for (Sizes sizes : allocationFreeAt()) {
            // Enough warm-up for the JIT to compile the step (about 3·10^8 FLOPs, from 20 to 3,000 steps).
            int warmUp = (int) Math.max(20, Math.min(3000, 300_000_000L / sizes.flopsPerStep()));
            int steps = Math.max(20, warmUp / 6);
            assertThat(AllocationProbe.bytesAllocatedBySteps(algebra(), sizes, warmUp, steps))
                    .as("heap bytes allocated by %d warm steps at %s", steps, sizes).isZero();
        }
    }
}
