package io.github.nnbackends.numpy.archfixture;

import io.github.nnbackends.spi.Shape;

/** Breaks the generator's independence on purpose: LayersFailWhenBrokenTest's fixture. */
public final class GeneratorReadingTheContract {

    private GeneratorReadingTheContract() {
    }

    public static int elements(Shape shape) {
        return shape.rows() * shape.cols();
    }
}
