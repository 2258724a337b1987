package io.github.nnbackends.backend.ojalgo;

import io.github.nnbackends.spi.BackendProvider;
import io.github.nnbackends.spi.LinearAlgebra;
import io.github.nnbackends.spi.MavenVersion;
import io.github.nnbackends.spi.SpiVersion;
import java.util.Optional;

/** The ojAlgo backend: pure Java, its column-major {@code R064Store}. */
public final class OjAlgoProvider implements BackendProvider {

    @Override
    public String name() {
        return "ojalgo";
    }

    @Override
    public String library() {
        return "ojAlgo";
    }

    @Override
    public Optional<String> version() {
        return MavenVersion.of(getClass().getClassLoader(), "org.ojalgo", "ojalgo");
    }

    @Override
    public String spiVersion() {
        return SpiVersion.CURRENT;
    }

    /** Quick, but after EJML, the default: ranking it first would change what a plain 'nn' runs. */
    @Override
    public int priority() {
        return PRIORITY_QUICK - 1;
    }

    @Override
    public LinearAlgebra<?> create() {
        return new OjAlgoLinearAlgebra();
    }
}
