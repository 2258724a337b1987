package org.example.la4j;

import io.github.nnbackends.spi.BackendProvider;
import io.github.nnbackends.spi.LinearAlgebra;
import io.github.nnbackends.spi.MavenVersion;
import io.github.nnbackends.spi.SpiVersion;
import java.util.Optional;

/** A backend on la4j, a pure-Java library whose jar this backend's jar bundles. */
public final class La4jProvider implements BackendProvider {

    @Override
    public String name() {
        return "la4j";
    }

    @Override
    public String library() {
        return "la4j";
    }

    /** Read from the pom.properties in la4j's jar, without loading la4j. */
    @Override
    public Optional<String> version() {
        return MavenVersion.of(getClass().getClassLoader(), "org.la4j", "la4j");
    }

    @Override
    public String spiVersion() {
        return SpiVersion.CURRENT;
    }

    /** A jar built without la4j inside would fail only in create(): say so while listing, cheaply. */
    @Override
    public Optional<String> unavailableReason() {
        return getClass().getClassLoader().getResource("org/la4j/Matrix.class") != null ? Optional.empty()
                : Optional.of("la4j's classes are not on the class path: bundle them into this jar, or put la4j's "
                        + "jar on the backend path too");
    }

    @Override
    public LinearAlgebra<?> create() {
        return new La4jLinearAlgebra();
    }
}
