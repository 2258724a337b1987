package io.github.nnbackends.tck.selftest;

import io.github.nnbackends.spi.BackendProvider;
import io.github.nnbackends.spi.LinearAlgebra;
import io.github.nnbackends.spi.SpiVersion;
import java.util.Optional;

/** The right backend of the self-test, registered in this module's test services file. */
public class ArrayProvider implements BackendProvider {

    @Override
    public String name() {
        return "array";
    }

    @Override
    public String library() {
        return "plain arrays";
    }

    @Override
    public Optional<String> version() {
        return Optional.of("1");
    }

    @Override
    public String spiVersion() {
        return SpiVersion.CURRENT;
    }

    @Override
    public LinearAlgebra<?> create() {
        return new ArrayAlgebra();
    }
}
