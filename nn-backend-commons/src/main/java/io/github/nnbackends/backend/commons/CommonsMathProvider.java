package io.github.nnbackends.backend.commons;

import io.github.nnbackends.spi.BackendProvider;
import io.github.nnbackends.spi.LinearAlgebra;
import io.github.nnbackends.spi.MavenVersion;
import io.github.nnbackends.spi.SpiVersion;
import java.util.Optional;

/** The Apache Commons Math 3 backend: pure Java, {@code Array2DRowRealMatrix}. */
public final class CommonsMathProvider implements BackendProvider {

    @Override
    public String name() {
        return "commons";
    }

    @Override
    public String library() {
        return "Commons Math";
    }

    @Override
    public Optional<String> version() {
        return MavenVersion.of(getClass().getClassLoader(), "org.apache.commons", "commons-math3");
    }

    @Override
    public String spiVersion() {
        return SpiVersion.CURRENT;
    }

    @Override
    public int priority() {
        return PRIORITY_SLOW;
    }

    @Override
    public LinearAlgebra<?> create() {
        return new CommonsMathLinearAlgebra();
    }
}
