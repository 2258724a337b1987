package io.github.nnbackends.backend.nd4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nnbackends.spi.BackendProvider;
import io.github.nnbackends.tck.AllocationProbe;
import io.github.nnbackends.tck.BackendKit;
import io.github.nnbackends.train.Preset;
import io.github.nnbackends.train.Sizes;
import org.junit.jupiter.api.Test;

class Nd4jKitTest extends BackendKit {

    @Override
    protected BackendProvider provider() {
        return new Nd4jProvider();
    }

    /** This backend promises a steady-state step that allocates nothing on the heap, at any size. */
    @Test
    void aWarmTrainingStepAllocatesNothingOnTheHeap() {
        assertThat(AllocationProbe.bytesAllocatedBySteps(algebra(), Preset.TUTORIAL.sizes(), 3000, 500)).isZero();
        assertThat(AllocationProbe.bytesAllocatedBySteps(algebra(), new Sizes(300, 200, 150, 10), 20, 20)).isZero();
    }
}
