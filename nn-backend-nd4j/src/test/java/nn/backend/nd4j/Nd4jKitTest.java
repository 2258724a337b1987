package nn.backend.nd4j;

import static org.assertj.core.api.Assertions.assertThat;

import nn.spi.BackendProvider;
import nn.tck.AllocationProbe;
import nn.tck.BackendKit;
import nn.train.Preset;
import nn.train.Sizes;
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
