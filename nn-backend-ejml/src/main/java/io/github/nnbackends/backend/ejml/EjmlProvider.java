package io.github.nnbackends.backend.ejml;

import io.github.nnbackends.spi.BackendProvider;
import io.github.nnbackends.spi.LinearAlgebra;
import io.github.nnbackends.spi.SpiVersion;
import java.util.Optional;
import org.ejml.EjmlVersion;

/** The EJML backend: pure Java, no native code, the quickest to start; so it runs when no backend is named. */
public final class EjmlProvider implements BackendProvider {

    @Override
    public String name() {
        return "ejml";
    }

    @Override
    public String library() {
        return "EJML";
    }

    @Override
    public Optional<String> version() {
        return Optional.of(EjmlVersion.VERSION);
    }

    @Override
    public String spiVersion() {
        return SpiVersion.CURRENT;
    }

    @Override
    public int priority() {
        return PRIORITY_QUICK;
    }

    @Override
    public LinearAlgebra<?> create() {
        return new EjmlLinearAlgebra();
    }
}
