package io.github.nnbackends.backend.nd4j;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_daxpy;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_dcopy;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_dgemm;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_dscal;

import io.github.nnbackends.spi.Elementwise;
import io.github.nnbackends.spi.ShapeCheckedLinearAlgebra;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@link io.github.nnbackends.spi.LinearAlgebra} on ND4J arrays, float64 and row-major. Products, copies, scaling and scaled adds
 * go straight to the OpenBLAS that ND4J ships and loads (one native call each, into the existing output); ReLU, its
 * mask and the sum of squares are loops over the arrays' native memory. ND4J's op layer builds Java objects and
 * checks for every call, which at the tutorial's sizes costs more than the arithmetic. Not thread-safe: the loops
 * share scratch arrays.
 */
final class Nd4jLinearAlgebra extends ShapeCheckedLinearAlgebra<Nd4jMatrix> {

    private static final String QUIET_START = "org.nd4j.log.initialization";

    /**
     * Elementwise loops copy native memory through heap arrays of this many doubles, so that the shared array
     * kernels serve here too; ND4J's op layer took 800 ms for the conditional mask of 4M elements.
     */
    private static final int CHUNK = 4096;

    // The chunk loops stop at start == n exactly (each chunk ends where the next starts, the last at n).
    private final double[] first = new double[CHUNK];
    private final double[] second = new double[CHUNK];

    Nd4jLinearAlgebra() {
        // ND4J logs a banner when it starts unless told not to; nn's stdout and stderr are for its own lines.
        if (System.getProperty(QUIET_START) == null) {
            System.setProperty(QUIET_START, "false");
        }
        // ND4J's default is float32; every array here, and any ND4J makes for us, must be float64.
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
    }

    @Override
    public int rows(Nd4jMatrix m) {
        return m.rows;
    }

    @Override
    public int cols(Nd4jMatrix m) {
        return m.cols;
    }

    @Override
    protected Nd4jMatrix doZeros(int rows, int cols) {
        return new Nd4jMatrix(Nd4j.zeros(DataType.DOUBLE, rows, cols));
    }

    @Override
    protected Nd4jMatrix doFromRowMajor(int rows, int cols, double[] values) {
        return new Nd4jMatrix(Nd4j.create(values, new long[] {rows, cols}, DataType.DOUBLE));
    }

    @Override
    protected double[] doToRowMajor(Nd4jMatrix m) {
        double[] values = new double[m.length()];
        m.buffer.get(0, values);
        return values;
    }

    @Override
    protected void doCopy(Nd4jMatrix src, Nd4jMatrix dst) {
        cblas_dcopy(src.length(), src.pointer, 1, dst.pointer, 1);
    }

    @Override
    protected void doGemm(double alpha, Nd4jMatrix a, boolean transposeA, Nd4jMatrix b, boolean transposeB,
            double beta, Nd4jMatrix c) {
        if (alpha == 0) {
            gemmWithAlphaZero(alpha, a, transposeA, b, transposeB, beta, c);
            return;
        }
        blasGemm(alpha, a, transposeA, b, transposeB, beta, c);
    }

    private static void blasGemm(double alpha, Nd4jMatrix a, boolean transposeA, Nd4jMatrix b, boolean transposeB,
            double beta, Nd4jMatrix c) {
        int inner = transposeA ? a.rows : a.cols;
        cblas_dgemm(CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
                c.rows, c.cols, inner, alpha, a.pointer, a.cols, b.pointer, b.cols, beta, c.pointer, c.cols);
    }

    /**
     * {@code c = 0·op(a)·op(b) + beta·c}, alpha being ±0. BLAS returns at once when alpha is 0, but 0·∞ and 0·NaN
     * are NaN: the product is computed (into scratch, freed after: a path the trainer never takes) and multiplied by
     * alpha.
     */
    private void gemmWithAlphaZero(double alpha, Nd4jMatrix a, boolean transposeA, Nd4jMatrix b, boolean transposeB,
            double beta, Nd4jMatrix c) {
        Nd4jMatrix product = doZeros(c.rows, c.cols);
        try {
            blasGemm(1, a, transposeA, b, transposeB, 0, product);
            for (int start = 0, n = c.length(), length; start != n; start += length) {
                length = Math.min(CHUNK, n - start);
                product.buffer.get(start, first, 0, length);
                if (beta != 0) {
                    c.buffer.get(start, second, 0, length);
                }
                for (int i = 0; i < length; i++) {
                    first[i] = beta == 0 ? alpha * first[i] : alpha * first[i] + beta * second[i];
                }
                c.buffer.put(start, first, 0, length);
            }
        } finally {
            product.close();
        }
    }

    @Override
    protected void doRelu(Nd4jMatrix in, Nd4jMatrix out) {
        for (int start = 0, n = in.length(), length; start != n; start += length) {
            length = Math.min(CHUNK, n - start);
            in.buffer.get(start, first, 0, length);
            Elementwise.relu(first, 0, first, 0, length);
            out.buffer.put(start, first, 0, length);
        }
    }

    @Override
    protected void doReluMask(Nd4jMatrix grad, Nd4jMatrix pre, Nd4jMatrix out) {
        for (int start = 0, n = grad.length(), length; start != n; start += length) {
            length = Math.min(CHUNK, n - start);
            grad.buffer.get(start, first, 0, length);
            pre.buffer.get(start, second, 0, length);
            Elementwise.reluMask(first, 0, second, 0, first, 0, length);
            out.buffer.put(start, first, 0, length);
        }
    }

    /** BLAS's dscal, but for alpha 0, where dscal writes 0.0 over NaN, ∞ and the sign of −x. */
    @Override
    protected void doScale(double alpha, Nd4jMatrix m) {
        if (alpha != 0) {
            cblas_dscal(m.length(), alpha, m.pointer, 1);
            return;
        }
        for (int start = 0, n = m.length(), length; start != n; start += length) {
            length = Math.min(CHUNK, n - start);
            m.buffer.get(start, first, 0, length);
            for (int i = 0; i < length; i++) {
                first[i] *= alpha;
            }
            m.buffer.put(start, first, 0, length);
        }
    }

    /** BLAS's daxpy, but for alpha 0, where daxpy returns at once and would skip the NaN that 0·∞ makes. */
    @Override
    protected void doAddScaled(double alpha, Nd4jMatrix x, Nd4jMatrix y) {
        if (alpha != 0) {
            cblas_daxpy(x.length(), alpha, x.pointer, 1, y.pointer, 1);
            return;
        }
        for (int start = 0, n = x.length(), length; start != n; start += length) {
            length = Math.min(CHUNK, n - start);
            x.buffer.get(start, first, 0, length);
            y.buffer.get(start, second, 0, length);
            for (int i = 0; i < length; i++) {
                second[i] += alpha * first[i];
            }
            y.buffer.put(start, second, 0, length);
        }
    }

    @Override
    protected double doSumOfSquares(Nd4jMatrix m) {
        double sum = 0;
        for (int start = 0, n = m.length(), length; start != n; start += length) {
            length = Math.min(CHUNK, n - start);
            m.buffer.get(start, first, 0, length);
            sum += Elementwise.sumOfSquares(first, 0, length);
        }
        return sum;
    }
}
