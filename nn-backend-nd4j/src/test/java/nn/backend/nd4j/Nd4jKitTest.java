package nn.backend.nd4j;

import nn.spi.BackendProvider;
import nn.tck.BackendKit;

class Nd4jKitTest extends BackendKit {

    @Override
    protected BackendProvider provider() {
        return new Nd4jProvider();
    }
}
