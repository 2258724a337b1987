package io.github.nnbackends.backend.ojalgo;

import io.github.nnbackends.spi.Elementwise;
import io.github.nnbackends.spi.ShapeCheckedLinearAlgebra;
import java.util.Arrays;
import org.ojalgo.matrix.store.R064Store;

/**
 * {@link io.github.nnbackends.spi.LinearAlgebra} on ojAlgo's column-major {@link R064Store}: products through
 * {@link R064Store#fillByMultiplying}, elementwise work on the store's array with the shared kernels.
 *
 * <p>{@code fillByMultiplying} only overwrites: it has no alpha and adds nothing to the old contents. So a product
 * with alpha or beta goes through scratch (the product there, then {@code c = alpha·scratch + beta·c}), and a
 * transposed operand is transposed into scratch first, since a transposed view lost NaNs in its product (the kit's
 * special values found it). Scratch is kept per shape, so a warm step allocates nothing; this class is not
 * thread-safe.
 */
final class OjAlgoLinearAlgebra extends ShapeCheckedLinearAlgebra<R064Store> {

    /** The slots of {@link #scratch}: the two transposed operands of a product, and the product itself. */
    private static final int LEFT = 0;
    private static final int RIGHT = 1;
    private static final int PRODUCT = 2;

    /**
     * Scratch matrices per slot, found by shape with a linear search (a map's boxed key would allocate on every
     * step); a step has few shapes.
     */
    private final R064Store[][] scratch = {new R064Store[0], new R064Store[0], new R064Store[0]};

    @Override
    public int rows(R064Store m) {
        return m.getRowDim();
    }

    @Override
    public int cols(R064Store m) {
        return m.getColDim();
    }

    @Override
    protected R064Store doZeros(int rows, int cols) {
        return R064Store.FACTORY.make(rows, cols);
    }

    @Override
    protected R064Store doFromRowMajor(int rows, int cols, double[] values) {
        R064Store m = R064Store.FACTORY.make(rows, cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                m.data[r + c * rows] = values[r * cols + c];
            }
        }
        return m;
    }

    @Override
    protected double[] doToRowMajor(R064Store m) {
        int rows = m.getRowDim();
        int cols = m.getColDim();
        double[] values = new double[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                values[r * cols + c] = m.data[r + c * rows];
            }
        }
        return values;
    }

    @Override
    protected void doCopy(R064Store src, R064Store dst) {
        System.arraycopy(src.data, 0, dst.data, 0, size(src));
    }

    @Override
    protected void doGemm(double alpha, R064Store a, boolean transposeA, R064Store b, boolean transposeB,
            double beta, R064Store c) {
        R064Store left = transposeA ? transposed(a, LEFT) : a;
        R064Store right = transposeB ? transposed(b, RIGHT) : b;
        if (alpha == 1 && beta == 0) {
            c.fillByMultiplying(left, right);
            return;
        }
        R064Store product = scratch(c.getRowDim(), c.getColDim(), PRODUCT);
        product.fillByMultiplying(left, right);
        double[] p = product.data;
        double[] out = c.data;
        int n = size(c);
        if (beta == 0) { // c is not read: a NaN there does not propagate, as in BLAS
            for (int i = 0; i < n; i++) {
                out[i] = alpha * p[i];
            }
        } else {
            for (int i = 0; i < n; i++) {
                out[i] = alpha * p[i] + beta * out[i];
            }
        }
    }

    /** {@code m}ᵀ in scratch {@code slot}, valid until the next use of that slot at that shape. */
    private R064Store transposed(R064Store m, int slot) {
        int rows = m.getRowDim();
        int cols = m.getColDim();
        R064Store t = scratch(cols, rows, slot);
        double[] from = m.data;
        double[] to = t.data;
        for (int c = 0; c < cols; c++) {
            for (int r = 0; r < rows; r++) {
                to[c + r * cols] = from[r + c * rows];
            }
        }
        return t;
    }

    /** A {@code rows×cols} scratch matrix of {@code slot}, made at its first use. */
    private R064Store scratch(int rows, int cols, int slot) {
        for (R064Store m : scratch[slot]) {
            if (m.getRowDim() == rows && m.getColDim() == cols) {
                return m;
            }
        }
        R064Store made = R064Store.FACTORY.make(rows, cols);
        scratch[slot] = Arrays.copyOf(scratch[slot], scratch[slot].length + 1);
        scratch[slot][scratch[slot].length - 1] = made;
        return made;
    }

    @Override
    protected void doRelu(R064Store in, R064Store out) {
        Elementwise.relu(in.data, 0, out.data, 0, size(in));
    }

    @Override
    protected void doReluMask(R064Store grad, R064Store pre, R064Store out) {
        Elementwise.reluMask(grad.data, 0, pre.data, 0, out.data, 0, size(grad));
    }

    @Override
    protected void doScale(double alpha, R064Store m) {
        double[] data = m.data;
        for (int i = 0, n = size(m); i < n; i++) {
            data[i] *= alpha;
        }
    }

    @Override
    protected void doAddScaled(double alpha, R064Store x, R064Store y) {
        double[] from = x.data;
        double[] to = y.data;
        for (int i = 0, n = size(y); i < n; i++) {
            to[i] += alpha * from[i];
        }
    }

    @Override
    protected double doSumOfSquares(R064Store m) {
        return Elementwise.sumOfSquares(m.data, 0, size(m));
    }

    private static int size(R064Store m) {
        return m.getRowDim() * m.getColDim();
    }
}
