package org.example.plain;

import io.github.nnbackends.spi.BackendProvider;
import io.github.nnbackends.tck.BackendKit;

/** The whole conformance kit, run on this backend. */
class PlainKitTest extends BackendKit {

    @Override
    public BackendProvider provider() {
        return new PlainProvider();
    }
}
