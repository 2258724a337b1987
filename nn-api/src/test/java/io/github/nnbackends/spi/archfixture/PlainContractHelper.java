package io.github.nnbackends.spi.archfixture;

import io.github.nnbackends.spi.Shape;

/** Keeps the contract's rule (the contract and the JDK only): LayersFailWhenBrokenTest's fixture. */
public final class PlainContractHelper {

    private PlainContractHelper() {
    }

    public static String describe(int rows, int cols) {
        return Shape.of(rows, cols).toString();
    }
}
