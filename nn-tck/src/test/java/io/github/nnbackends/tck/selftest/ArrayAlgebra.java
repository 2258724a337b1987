package io.github.nnbackends.tck.selftest;

import io.github.nnbackends.spi.Elementwise;
import io.github.nnbackends.spi.ShapeCheckedLinearAlgebra;

/** A right backend on plain row-major arrays; each wrong backend of the self-test overrides one of its methods. */
class ArrayAlgebra extends ShapeCheckedLinearAlgebra<ArrayAlgebra.Matrix> {

    /** A dense matrix: its shape and its values, row by row. */
    record Matrix(int rows, int cols, double[] data) {
    }

    @Override
    public int rows(Matrix m) {
        return m.rows();
    }

    @Override
    public int cols(Matrix m) {
        return m.cols();
    }

    @Override
    protected Matrix doZeros(int rows, int cols) {
        return new Matrix(rows, cols, new double[rows * cols]);
    }

    @Override
    protected Matrix doFromRowMajor(int rows, int cols, double[] values) {
        return new Matrix(rows, cols, values.clone());
    }

    @Override
    protected double[] doToRowMajor(Matrix m) {
        return m.data().clone();
    }

    @Override
    protected void doCopy(Matrix src, Matrix dst) {
        System.arraycopy(src.data(), 0, dst.data(), 0, src.data().length);
    }

    @Override
    protected void doGemm(double alpha, Matrix a, boolean transposeA, Matrix b, boolean transposeB, double beta,
            Matrix c) {
        int inner = transposeA ? a.rows() : a.cols();
        for (int i = 0; i < c.rows(); i++) {
            for (int j = 0; j < c.cols(); j++) {
                double sum = 0;
                for (int p = 0; p < inner; p++) {
                    sum += a(a, transposeA, i, p) * b(b, transposeB, p, j);
                }
                int at = i * c.cols() + j;
                c.data()[at] = beta == 0 ? alpha * sum : alpha * sum + beta * c.data()[at];
            }
        }
    }

    /** Element (i, p) of op(a). */
    double a(Matrix a, boolean transpose, int i, int p) {
        return transpose ? a.data()[p * a.cols() + i] : a.data()[i * a.cols() + p];
    }

    /** Element (p, j) of op(b). */
    double b(Matrix b, boolean transpose, int p, int j) {
        return transpose ? b.data()[j * b.cols() + p] : b.data()[p * b.cols() + j];
    }

    @Override
    protected void doRelu(Matrix in, Matrix out) {
        Elementwise.relu(in.data(), 0, out.data(), 0, in.data().length);
    }

    @Override
    protected void doReluMask(Matrix grad, Matrix pre, Matrix out) {
        Elementwise.reluMask(grad.data(), 0, pre.data(), 0, out.data(), 0, grad.data().length);
    }

    @Override
    protected void doScale(double alpha, Matrix m) {
        for (int i = 0; i < m.data().length; i++) {
            m.data()[i] *= alpha;
        }
    }

    @Override
    protected void doAddScaled(double alpha, Matrix x, Matrix y) {
        for (int i = 0; i < x.data().length; i++) {
            y.data()[i] += alpha * x.data()[i];
        }
    }

    @Override
    protected double doSumOfSquares(Matrix m) {
        return Elementwise.sumOfSquares(m.data(), 0, m.data().length);
    }
}
