package io.github.nnbackends.backend.commons;

import io.github.nnbackends.spi.BackendProvider;
import io.github.nnbackends.tck.BackendKit;

class CommonsKitTest extends BackendKit {

    @Override
    public BackendProvider provider() {
        return new CommonsMathProvider();
    }
}
