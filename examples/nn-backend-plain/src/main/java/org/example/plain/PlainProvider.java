package org.example.plain;

import io.github.nnbackends.spi.BackendProvider;
import io.github.nnbackends.spi.LinearAlgebra;
import io.github.nnbackends.spi.SpiVersion;
import java.util.Optional;

/** The cheap front: nn lists it by these answers, and calls create() only when it is chosen. */
public final class PlainProvider implements BackendProvider {

    @Override
    public String name() {
        return "plain";
    }

    @Override
    public String library() {
        return "plain Java";
    }

    @Override
    public Optional<String> version() {
        return Optional.of("1.0");
    }

    /** The SPI this backend is compiled against: javac writes the constant's value into this class. */
    @Override
    public String spiVersion() {
        return SpiVersion.CURRENT;
    }

    @Override
    public LinearAlgebra<?> create() {
        return new PlainLinearAlgebra();
    }
}
