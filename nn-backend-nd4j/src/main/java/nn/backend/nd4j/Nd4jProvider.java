package nn.backend.nd4j;

import nn.spi.BackendProvider;
import nn.spi.LinearAlgebra;
import nn.spi.MavenVersion;

/**
 * The ND4J backend: native code and BLAS. Naming and versioning it reads only a properties file; ND4J itself
 * (seconds of native loading) starts in {@link #create()}.
 */
public final class Nd4jProvider implements BackendProvider {

    @Override
    public String name() {
        return "nd4j";
    }

    @Override
    public String library() {
        return "ND4J";
    }

    @Override
    public String version() {
        return MavenVersion.of(getClass().getClassLoader(), "org.nd4j", "nd4j-api");
    }

    @Override
    public int priority() {
        return 20;
    }

    @Override
    public LinearAlgebra<?> create() {
        return new Nd4jLinearAlgebra();
    }
}
