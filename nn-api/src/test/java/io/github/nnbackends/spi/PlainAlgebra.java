package io.github.nnbackends.spi;

import java.util.ArrayList;
import java.util.List;

/**
 * The SPI on plain row-major arrays, for nn-api's own tests: products summed in index order, as numpy's
 * reference loops would, and the shared {@link Elementwise} kernels. It records each kernel the base class calls,
 * so that a test can see what reached the backend.
 */
public final class PlainAlgebra extends ShapeCheckedLinearAlgebra<PlainAlgebra.Matrix> {

    /** A matrix: its shape and its values, row-major. */
    public record Matrix(int rows, int cols, double[] data) {
    }

    /** The kernels called, in order, as {@code doGemm} and so on. */
    public final List<String> calls = new ArrayList<>();

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
        calls.add("doZeros");
        return new Matrix(rows, cols, new double[rows * cols]);
    }

    @Override
    protected Matrix doFromRowMajor(int rows, int cols, double[] values) {
        calls.add("doFromRowMajor");
        return new Matrix(rows, cols, values.clone());
    }

    @Override
    protected double[] doToRowMajor(Matrix m) {
        calls.add("doToRowMajor");
        return m.data().clone();
    }

    @Override
    protected void doCopy(Matrix src, Matrix dst) {
        calls.add("doCopy");
        System.arraycopy(src.data(), 0, dst.data(), 0, src.data().length);
    }

    @Override
    protected void doGemm(double alpha, Matrix a, boolean transposeA, Matrix b, boolean transposeB, double beta,
            Matrix c) {
        calls.add("doGemm");
        int inner = transposeA ? a.rows() : a.cols();
        double[] out = new double[c.data().length];
        for (int i = 0; i < c.rows(); i++) {
            for (int j = 0; j < c.cols(); j++) {
                double sum = 0;
                for (int k = 0; k < inner; k++) {
                    double left = transposeA ? a.data()[k * a.cols() + i] : a.data()[i * a.cols() + k];
                    double right = transposeB ? b.data()[j * b.cols() + k] : b.data()[k * b.cols() + j];
                    sum += left * right;
                }
                int at = i * c.cols() + j;
                out[at] = beta == 0 ? alpha * sum : alpha * sum + beta * c.data()[at];
            }
        }
        System.arraycopy(out, 0, c.data(), 0, out.length);
    }

    @Override
    protected void doRelu(Matrix in, Matrix out) {
        calls.add("doRelu");
        Elementwise.relu(in.data(), 0, out.data(), 0, in.data().length);
    }

    @Override
    protected void doReluMask(Matrix grad, Matrix pre, Matrix out) {
        calls.add("doReluMask");
        Elementwise.reluMask(grad.data(), 0, pre.data(), 0, out.data(), 0, grad.data().length);
    }

    @Override
    protected void doScale(double alpha, Matrix m) {
        calls.add("doScale");
        double[] data = m.data();
        for (int i = 0; i < data.length; i++) {
            data[i] *= alpha;
        }
    }

    @Override
    protected void doAddScaled(double alpha, Matrix x, Matrix y) {
        calls.add("doAddScaled");
        for (int i = 0; i < x.data().length; i++) {
            y.data()[i] += alpha * x.data()[i];
        }
    }

    @Override
    protected double doSumOfSquares(Matrix m) {
        calls.add("doSumOfSquares");
        return Elementwise.sumOfSquares(m.data(), 0, m.data().length);
    }
}
