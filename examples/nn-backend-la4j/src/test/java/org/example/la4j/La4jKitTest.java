package org.example.la4j;

import io.github.nnbackends.spi.BackendProvider;
import io.github.nnbackends.tck.BackendKit;

/** The whole conformance kit, run on this backend. */
class La4jKitTest extends BackendKit {

    @Override
    public BackendProvider provider() {
        return new La4jProvider();
    }
}
