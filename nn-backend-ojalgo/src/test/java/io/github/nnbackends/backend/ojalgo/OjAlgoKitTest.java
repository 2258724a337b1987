package io.github.nnbackends.backend.ojalgo;

import io.github.nnbackends.spi.BackendProvider;
import io.github.nnbackends.tck.AllocationFreeSteps;
import io.github.nnbackends.tck.BackendKit;
import io.github.nnbackends.train.Preset;
import io.github.nnbackends.train.Sizes;
import java.util.List;

class OjAlgoKitTest extends BackendKit implements AllocationFreeSteps {

    @Override
    public BackendProvider provider() {
        return new OjAlgoProvider();
    }

    /**
     * The tutorial's sizes. From somewhat larger products ojAlgo splits the work into tasks for its threads, which
     * are objects (at 120×60×40×10: 480 bytes a step).
     */
    @Override
    public List<Sizes> allocationFreeAt() {
        return List.of(Preset.TUTORIAL.sizes());
    }
}
