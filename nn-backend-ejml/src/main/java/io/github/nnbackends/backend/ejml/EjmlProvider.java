package io.github.nnbackends.backend.ejml;

import io.github.nnbackends.spi.BackendProvider;
import io.github.nnbackends.spi.LinearAlgebra;
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
    public String version() {
        return EjmlVersion.VERSION;
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
