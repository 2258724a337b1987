package io.github.nnbackends.backend.commons;

import io.github.nnbackends.spi.Elementwise;
import io.github.nnbackends.spi.ShapeCheckedLinearAlgebra;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * {@link io.github.nnbackends.spi.LinearAlgebra} on Commons Math's {@link Array2DRowRealMatrix}. Products come from the library's
 * {@code multiply}, which allocates its result; elementwise work goes straight to the matrix's rows.
 */
final class CommonsMathLinearAlgebra extends ShapeCheckedLinearAlgebra<Array2DRowRealMatrix> {

    @Override
    public int rows(Array2DRowRealMatrix m) {
        return m.getRowDimension();
    }

    @Override
    public int cols(Array2DRowRealMatrix m) {
        return m.getColumnDimension();
    }

    @Override
    protected Array2DRowRealMatrix doZeros(int rows, int cols) {
        return new Array2DRowRealMatrix(rows, cols);
    }

    @Override
    protected Array2DRowRealMatrix doFromRowMajor(int rows, int cols, double[] values) {
        double[][] data = new double[rows][];
        for (int i = 0; i < rows; i++) {
            data[i] = java.util.Arrays.copyOfRange(values, i * cols, (i + 1) * cols);
        }
        return new Array2DRowRealMatrix(data, false);
    }

    @Override
    protected double[] doToRowMajor(Array2DRowRealMatrix m) {
        int cols = m.getColumnDimension();
        double[] values = new double[m.getRowDimension() * cols];
        double[][] data = m.getDataRef();
        for (int i = 0; i < data.length; i++) {
            System.arraycopy(data[i], 0, values, i * cols, cols);
        }
        return values;
    }

    @Override
    protected void doCopy(Array2DRowRealMatrix src, Array2DRowRealMatrix dst) {
        double[][] from = src.getDataRef();
        double[][] to = dst.getDataRef();
        for (int i = 0; i < from.length; i++) {
            System.arraycopy(from[i], 0, to[i], 0, from[i].length);
        }
    }

    @Override
    protected void doGemm(double alpha, Array2DRowRealMatrix a, boolean transposeA, Array2DRowRealMatrix b,
            boolean transposeB, double beta, Array2DRowRealMatrix c) {
        RealMatrix left = transposeA ? a.transpose() : a;
        RealMatrix right = transposeB ? b.transpose() : b;
        double[][] product = left.multiply(right).getData();
        double[][] out = c.getDataRef();
        for (int i = 0; i < out.length; i++) {
            double[] p = product[i];
            double[] row = out[i];
            for (int j = 0; j < row.length; j++) {
                // beta == 0 must not read c, so that a NaN left there does not survive.
                row[j] = beta == 0 ? alpha * p[j] : alpha * p[j] + beta * row[j];
            }
        }
    }

    @Override
    protected void doRelu(Array2DRowRealMatrix in, Array2DRowRealMatrix out) {
        double[][] from = in.getDataRef();
        double[][] to = out.getDataRef();
        for (int i = 0; i < from.length; i++) {
            Elementwise.relu(from[i], 0, to[i], 0, from[i].length);
        }
    }

    @Override
    protected void doReluMask(Array2DRowRealMatrix grad, Array2DRowRealMatrix pre, Array2DRowRealMatrix out) {
        double[][] g = grad.getDataRef();
        double[][] p = pre.getDataRef();
        double[][] to = out.getDataRef();
        for (int i = 0; i < g.length; i++) {
            Elementwise.reluMask(g[i], 0, p[i], 0, to[i], 0, g[i].length);
        }
    }

    @Override
    protected void doScale(double alpha, Array2DRowRealMatrix m) {
        for (double[] row : m.getDataRef()) {
            for (int j = 0; j < row.length; j++) {
                row[j] *= alpha;
            }
        }
    }

    @Override
    protected void doAddScaled(double alpha, Array2DRowRealMatrix x, Array2DRowRealMatrix y) {
        double[][] from = x.getDataRef();
        double[][] to = y.getDataRef();
        for (int i = 0; i < from.length; i++) {
            for (int j = 0; j < from[i].length; j++) {
                to[i][j] += alpha * from[i][j];
            }
        }
    }

    @Override
    protected double doSumOfSquares(Array2DRowRealMatrix m) {
        double sum = 0;
        for (double[] row : m.getDataRef()) {
            sum += Elementwise.sumOfSquares(row, 0, row.length);
        }
        return sum;
    }
}
