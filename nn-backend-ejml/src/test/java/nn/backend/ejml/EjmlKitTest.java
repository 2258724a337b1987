package nn.backend.ejml;

import nn.spi.BackendProvider;
import nn.tck.BackendKit;

class EjmlKitTest extends BackendKit {

    @Override
    protected BackendProvider provider() {
        return new EjmlProvider();
    }
}
