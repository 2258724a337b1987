package io.github.nnbackends.backend.ejml;

import io.github.nnbackends.spi.Elementwise;
import io.github.nnbackends.spi.ShapeCheckedLinearAlgebra;
import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.CommonOps_MT_DDRM;


/**
 * {@link io.github.nnbackends.spi.LinearAlgebra} on EJML's row-major {@link DMatrixRMaj}: products through {@link CommonOps_DDRM},
 * or its concurrent twin for large ones; elementwise work through the shared array kernels. Not thread-safe.
 */
final class EjmlLinearAlgebra extends ShapeCheckedLinearAlgebra<DMatrixRMaj> {

    /**
     * From this many multiply-adds a product runs on EJML's concurrent kernels ({@link CommonOps_MT_DDRM}): about a
     * millisecond of work, against tens of microseconds to hand it to the thread pool. At 4096×1024·1024×1024 they
     * take 1.4 s on two cores against 2.8 s on one.
     */
    static final long CONCURRENT_FROM = 1L << 21;

    /**
     * From this many rows of aᵀ, aᵀ·b is faster as a transpose into scratch and a plain product than through EJML's
     * transposed kernels, which walk a down its columns (measured at the tutorial's xᵀ·dA, 27×100·100×9: 23 µs
     * against 33 µs; at aᵀ·d, 9×100·100×3, the transposed kernel wins).
     */
    static final int TRANSPOSE_FIRST_FROM = 16;

    /** Scratch for {@link #transposed}, one per shape (a step has two); so this class is not thread-safe. */
    private DMatrixRMaj[] transposes = new DMatrixRMaj[0];

    @Override
    public int rows(DMatrixRMaj m) {
        return m.numRows;
    }

    @Override
    public int cols(DMatrixRMaj m) {
        return m.numCols;
    }

    @Override
    protected DMatrixRMaj doZeros(int rows, int cols) {
        return new DMatrixRMaj(rows, cols);
    }

    @Override
    protected DMatrixRMaj doFromRowMajor(int rows, int cols, double[] values) {
        return new DMatrixRMaj(rows, cols, true, values);
    }

    @Override
    protected double[] doToRowMajor(DMatrixRMaj m) {
        return Arrays.copyOf(m.data, m.getNumElements());
    }

    @Override
    protected void doCopy(DMatrixRMaj src, DMatrixRMaj dst) {
        dst.setTo(src);
    }

    @Override
    protected void doGemm(double alpha, DMatrixRMaj a, boolean transposeA, DMatrixRMaj b, boolean transposeB,
            double beta, DMatrixRMaj c) {
        long multiplyAdds = (long) c.numRows * c.numCols * (transposeA ? a.numRows : a.numCols);
        boolean concurrent = multiplyAdds >= CONCURRENT_FROM;
        if (beta == 0) {
            multiply(concurrent, alpha, a, transposeA, b, transposeB, c);
            return;
        }
        if (beta != 1) {
            CommonOps_DDRM.scale(beta, c);
        }
        multiplyAdd(concurrent, alpha, a, transposeA, b, transposeB, c);
    }

    private static void multiply(boolean concurrent, double alpha, DMatrixRMaj a, boolean transposeA, DMatrixRMaj b,
            boolean transposeB, DMatrixRMaj c) {
        if (transposeA && transposeB) {
            if (concurrent) {
                CommonOps_MT_DDRM.multTransAB(alpha, a, b, c);
            } else {
                CommonOps_DDRM.multTransAB(alpha, a, b, c);
            }
        } else if (transposeA) {
            if (concurrent) {
                CommonOps_MT_DDRM.multTransA(alpha, a, b, c);
            } else {
                CommonOps_DDRM.multTransA(alpha, a, b, c);
            }
        } else if (transposeB) {
            if (concurrent) {
                CommonOps_MT_DDRM.multTransB(alpha, a, b, c);
            } else {
                CommonOps_DDRM.multTransB(alpha, a, b, c);
            }
        } else if (concurrent) {
            CommonOps_MT_DDRM.mult(alpha, a, b, c);
        } else {
            CommonOps_DDRM.mult(alpha, a, b, c);
        }
    }

    private void multiplyAdd(boolean concurrent, double alpha, DMatrixRMaj a, boolean transposeA,
            DMatrixRMaj b, boolean transposeB, DMatrixRMaj c) {
        if (transposeA && transposeB) {
            if (concurrent) {
                CommonOps_MT_DDRM.multAddTransAB(alpha, a, b, c);
            } else {
                CommonOps_DDRM.multAddTransAB(alpha, a, b, c);
            }
        } else if (transposeA) {
            if (concurrent) {
                CommonOps_MT_DDRM.multAddTransA(alpha, a, b, c);
            } else if (a.numCols >= TRANSPOSE_FIRST_FROM) {
                CommonOps_DDRM.multAdd(alpha, transposed(a), b, c);
            } else {
                CommonOps_DDRM.multAddTransA(alpha, a, b, c);
            }
        } else if (transposeB) {
            if (concurrent) {
                CommonOps_MT_DDRM.multAddTransB(alpha, a, b, c);
            } else {
                CommonOps_DDRM.multAddTransB(alpha, a, b, c);
            }
        } else if (concurrent) {
            CommonOps_MT_DDRM.multAdd(alpha, a, b, c);
        } else {
            CommonOps_DDRM.multAdd(alpha, a, b, c);
        }
    }

    /** {@code a}ᵀ in a scratch matrix of this backend, valid until the next call with a matrix of a's shape. */
    private DMatrixRMaj transposed(DMatrixRMaj a) {
        // A linear search, not a map: a map's boxed key would allocate on every step.
        for (DMatrixRMaj t : transposes) {
            if (t.numRows == a.numCols && t.numCols == a.numRows) {
                return CommonOps_DDRM.transpose(a, t);
            }
        }
        transposes = Arrays.copyOf(transposes, transposes.length + 1);
        transposes[transposes.length - 1] = new DMatrixRMaj(a.numCols, a.numRows);
        return CommonOps_DDRM.transpose(a, transposes[transposes.length - 1]);
    }

    @Override
    protected void doRelu(DMatrixRMaj in, DMatrixRMaj out) {
        Elementwise.relu(in.data, 0, out.data, 0, in.getNumElements());
    }

    @Override
    protected void doReluMask(DMatrixRMaj grad, DMatrixRMaj pre, DMatrixRMaj out) {
        Elementwise.reluMask(grad.data, 0, pre.data, 0, out.data, 0, grad.getNumElements());
    }

    @Override
    protected void doScale(double alpha, DMatrixRMaj m) {
        CommonOps_DDRM.scale(alpha, m);
    }

    @Override
    protected void doAddScaled(double alpha, DMatrixRMaj x, DMatrixRMaj y) {
        CommonOps_DDRM.addEquals(y, alpha, x);
    }

    @Override
    protected double doSumOfSquares(DMatrixRMaj m) {
        return Elementwise.sumOfSquares(m.data, 0, m.getNumElements());
    }
}
