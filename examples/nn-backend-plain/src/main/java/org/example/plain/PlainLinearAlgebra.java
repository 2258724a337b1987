package org.example.plain;

import io.github.nnbackends.spi.ShapeCheckedLinearAlgebra;
import java.util.Arrays;

/**
 * The operations on plain arrays. ShapeCheckedLinearAlgebra checks nulls, shapes and aliasing first, so each
 * method here may assume its arguments are right.
 */
final class PlainLinearAlgebra extends ShapeCheckedLinearAlgebra<PlainMatrix> {

    @Override
    public int rows(PlainMatrix m) {
        return m.rows();
    }

    @Override
    public int cols(PlainMatrix m) {
        return m.cols();
    }

    @Override
    protected PlainMatrix doZeros(int rows, int cols) {
        return new PlainMatrix(rows, cols, new double[rows * cols]);
    }

    @Override
    protected PlainMatrix doFromRowMajor(int rows, int cols, double[] values) {
        return new PlainMatrix(rows, cols, values.clone());
    }

    @Override
    protected double[] doToRowMajor(PlainMatrix m) {
        return m.data().clone();
    }

    @Override
    protected void doCopy(PlainMatrix src, PlainMatrix dst) {
        System.arraycopy(src.data(), 0, dst.data(), 0, src.data().length);
    }

    @Override
    protected void doGemm(double alpha, PlainMatrix a, boolean transposeA, PlainMatrix b, boolean transposeB,
            double beta, PlainMatrix c) {
        int inner = transposeA ? a.rows() : a.cols();
        for (int i = 0; i < c.rows(); i++) {
            for (int j = 0; j < c.cols(); j++) {
                double sum = 0;
                for (int k = 0; k < inner; k++) {
                    double left = transposeA ? a.data()[k * a.cols() + i] : a.data()[i * a.cols() + k];
                    double right = transposeB ? b.data()[j * b.cols() + k] : b.data()[k * b.cols() + j];
                    sum += left * right;
                }
                int at = i * c.cols() + j;
                c.data()[at] = beta == 0 ? alpha * sum : alpha * sum + beta * c.data()[at];
            }
        }
    }

    @Override
    protected void doRelu(PlainMatrix in, PlainMatrix out) {
        for (int i = 0; i < in.data().length; i++) {
            out.data()[i] = in.data()[i] < 0 ? 0 : in.data()[i];
        }
    }

    @Override
    protected void doReluMask(PlainMatrix grad, PlainMatrix pre, PlainMatrix out) {
        for (int i = 0; i < grad.data().length; i++) {
            out.data()[i] = pre.data()[i] < 0 ? 0 : grad.data()[i];
        }
    }

    @Override
    protected void doScale(double alpha, PlainMatrix m) {
        for (int i = 0; i < m.data().length; i++) {
            m.data()[i] *= alpha;
        }
    }

    @Override
    protected void doAddScaled(double alpha, PlainMatrix x, PlainMatrix y) {
        for (int i = 0; i < x.data().length; i++) {
            y.data()[i] += alpha * x.data()[i];
        }
    }

    @Override
    protected double doSumOfSquares(PlainMatrix m) {
        return Arrays.stream(m.data()).map(v -> v * v).sum();
    }
}
