package io.github.nnbackends.backend.ejml;

import io.github.nnbackends.spi.BackendProvider;
import io.github.nnbackends.tck.AllocationFreeSteps;
import io.github.nnbackends.tck.BackendKit;
import io.github.nnbackends.train.Preset;
import io.github.nnbackends.train.Sizes;
import java.util.List;

class EjmlKitTest extends BackendKit implements AllocationFreeSteps {

    @Override
    public BackendProvider provider() {
        return new EjmlProvider();
    }

    /** Below the size where products go to EJML's thread pool, whose tasks are objects. */
    @Override
    public List<Sizes> allocationFreeAt() {
        return List.of(Preset.TUTORIAL.sizes(), new Sizes(120, 60, 40, 10));
    }
}
