package io.github.nnbackends.backend.ejml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nnbackends.spi.BackendProvider;
import io.github.nnbackends.tck.AllocationProbe;
import io.github.nnbackends.tck.BackendKit;
import io.github.nnbackends.train.Preset;
import io.github.nnbackends.train.Sizes;
import org.junit.jupiter.api.Test;

class EjmlKitTest extends BackendKit {

    @Override
    protected BackendProvider provider() {
        return new EjmlProvider();
    }

    /**
     * This backend promises a steady-state step that allocates nothing on the heap, below the size where it hands
     * products to EJML's thread pool (whose tasks are objects).
     */
    @Test
    void aWarmTrainingStepAllocatesNothingOnTheHeap() {
        assertThat(AllocationProbe.bytesAllocatedBySteps(algebra(), Preset.TUTORIAL.sizes(), 3000, 500)).isZero();
        assertThat(AllocationProbe.bytesAllocatedBySteps(algebra(), new Sizes(120, 60, 40, 10), 200, 50)).isZero();
    }
}
