package io.github.nnbackends.backend.nd4j;

import java.nio.DoubleBuffer;
import org.bytedeco.javacpp.DoublePointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An ND4J float64 array in row-major ('c') order, with two views of its native memory made once: a pointer for
 * BLAS and a direct buffer for elementwise loops. The array keeps the memory alive as long as this object lives.
 */
public final class Nd4jMatrix {

    /** Owns the native memory that {@link #pointer} and {@link #buffer} view: held so that it lives as long. */
    private final INDArray array;
    final int rows;
    final int cols;
    final DoublePointer pointer;
    final DoubleBuffer buffer;

    Nd4jMatrix(INDArray array) {
        if (array.dataType() != DataType.DOUBLE || array.ordering() != 'c' || array.isView() || array.rank() != 2) {
            throw new IllegalArgumentException("not a float64 row-major matrix of its own: " + array.shapeInfoToString());
        }
        this.array = array;
        this.rows = array.rows();
        this.cols = array.columns();
        int length = rows * cols;
        this.pointer = new DoublePointer(array.data().addressPointer());
        pointer.capacity(length).limit(length);
        this.buffer = pointer.asBuffer();
    }

    /** Frees the native memory now, for scratch that is done with; nothing may use this matrix after. */
    void close() {
        array.close();
    }

    int length() {
        return rows * cols;
    }
}
