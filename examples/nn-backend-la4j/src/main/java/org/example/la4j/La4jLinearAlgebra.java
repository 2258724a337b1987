package org.example.la4j;

import io.github.nnbackends.spi.Elementwise;
import io.github.nnbackends.spi.ShapeCheckedLinearAlgebra;
import org.la4j.Matrix;

/**
 * la4j's products; nn's branch-free kernels for everything elementwise, on the array each matrix wraps. la4j's
 * multiply returns a new matrix, so every product allocates: fine for a guide, slow at large sizes.
 */
final class La4jLinearAlgebra extends ShapeCheckedLinearAlgebra<La4jMatrix> {

    @Override
    public int rows(La4jMatrix m) {
        return m.matrix().rows();
    }

    @Override
    public int cols(La4jMatrix m) {
        return m.matrix().columns();
    }

    @Override
    protected La4jMatrix doZeros(int rows, int cols) {
        return La4jMatrix.of(rows, cols, new double[rows * cols]);
    }

    @Override
    protected La4jMatrix doFromRowMajor(int rows, int cols, double[] values) {
        return La4jMatrix.of(rows, cols, values.clone());
    }

    @Override
    protected double[] doToRowMajor(La4jMatrix m) {
        return m.data().clone();
    }

    @Override
    protected void doCopy(La4jMatrix src, La4jMatrix dst) {
        System.arraycopy(src.data(), 0, dst.data(), 0, src.data().length);
    }

    @Override
    protected void doGemm(double alpha, La4jMatrix a, boolean transposeA, La4jMatrix b, boolean transposeB,
            double beta, La4jMatrix c) {
        Matrix left = transposeA ? a.matrix().transpose() : a.matrix();
        Matrix right = transposeB ? b.matrix().transpose() : b.matrix();
        Matrix product = left.multiply(right);
        double[] out = c.data();
        int cols = c.matrix().columns();
        for (int i = 0; i < out.length; i++) {
            double p = product.get(i / cols, i % cols);
            // beta == 0 must not read c: a NaN left there must not survive.
            out[i] = beta == 0 ? alpha * p : alpha * p + beta * out[i];
        }
    }

    @Override
    protected void doRelu(La4jMatrix in, La4jMatrix out) {
        Elementwise.relu(in.data(), 0, out.data(), 0, in.data().length);
    }

    @Override
    protected void doReluMask(La4jMatrix grad, La4jMatrix pre, La4jMatrix out) {
        Elementwise.reluMask(grad.data(), 0, pre.data(), 0, out.data(), 0, grad.data().length);
    }

    @Override
    protected void doScale(double alpha, La4jMatrix m) {
        double[] data = m.data();
        for (int i = 0; i < data.length; i++) {
            data[i] *= alpha;
        }
    }

    @Override
    protected void doAddScaled(double alpha, La4jMatrix x, La4jMatrix y) {
        double[] from = x.data();
        double[] to = y.data();
        for (int i = 0; i < from.length; i++) {
            to[i] += alpha * from[i];
        }
    }

    @Override
    protected double doSumOfSquares(La4jMatrix m) {
        return Elementwise.sumOfSquares(m.data(), 0, m.data().length);
    }
}
