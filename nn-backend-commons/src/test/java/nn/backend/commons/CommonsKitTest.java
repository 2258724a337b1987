package nn.backend.commons;

import nn.spi.BackendProvider;
import nn.tck.BackendKit;

class CommonsKitTest extends BackendKit {

    @Override
    protected BackendProvider provider() {
        return new CommonsMathProvider();
    }
}
