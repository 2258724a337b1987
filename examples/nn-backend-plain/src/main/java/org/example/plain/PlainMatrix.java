package org.example.plain;

/** A dense matrix: its shape and its values, row by row. */
record PlainMatrix(int rows, int cols, double[] data) {
}
