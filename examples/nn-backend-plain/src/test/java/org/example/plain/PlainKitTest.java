package org.example.plain;

import nn.spi.BackendProvider;
import nn.tck.BackendKit;

/** The whole conformance kit, run on this backend. */
class PlainKitTest extends BackendKit {

    @Override
    protected BackendProvider provider() {
        return new PlainProvider();
    }
}
