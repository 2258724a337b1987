package org.example.la4j;

import org.la4j.matrix.dense.Basic1DMatrix;

/** la4j's row-major matrix, and the array it wraps: la4j multiplies, the shared kernels work on the array. */
record La4jMatrix(Basic1DMatrix matrix, double[] data) {

    static La4jMatrix of(int rows, int cols, double[] data) {
        return new La4jMatrix(new Basic1DMatrix(rows, cols, data), data);
    }
}
