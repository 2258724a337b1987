package io.github.nnbackends.backend.nd4j;

import io.github.nnbackends.spi.BackendProvider;
import io.github.nnbackends.tck.AllocationFreeSteps;
import io.github.nnbackends.tck.BackendKit;
import io.github.nnbackends.train.Preset;
import io.github.nnbackends.train.Sizes;
import java.util.List;

class Nd4jKitTest extends BackendKit implements AllocationFreeSteps {

    @Override
    public BackendProvider provider() {
        return new Nd4jProvider();
    }

    /** At any size: BLAS works in place, and the elementwise loops reuse their chunks. */
    @Override
    public List<Sizes> allocationFreeAt() {
        return List.of(Preset.TUTORIAL.sizes(), new Sizes(300, 200, 150, 10));
    }
}
