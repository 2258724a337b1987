package nn.backend.ejml;

import nn.spi.Elementwise;
import nn.spi.ShapeCheckedLinearAlgebra;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/** {@link nn.spi.LinearAlgebra} on EJML's row-major {@link DMatrixRMaj}, through {@link CommonOps_DDRM}. */
final class EjmlLinearAlgebra extends ShapeCheckedLinearAlgebra<DMatrixRMaj> {

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
        return java.util.Arrays.copyOf(m.data, m.getNumElements());
    }

    @Override
    protected void doCopy(DMatrixRMaj src, DMatrixRMaj dst) {
        dst.setTo(src);
    }

    @Override
    protected void doGemm(double alpha, DMatrixRMaj a, boolean transposeA, DMatrixRMaj b, boolean transposeB,
            double beta, DMatrixRMaj c) {
        if (beta == 0) {
            multiply(alpha, a, transposeA, b, transposeB, c);
            return;
        }
        if (beta != 1) {
            CommonOps_DDRM.scale(beta, c);
        }
        multiplyAdd(alpha, a, transposeA, b, transposeB, c);
    }

    private static void multiply(double alpha, DMatrixRMaj a, boolean transposeA, DMatrixRMaj b, boolean transposeB,
            DMatrixRMaj c) {
        if (transposeA && transposeB) {
            CommonOps_DDRM.multTransAB(alpha, a, b, c);
        } else if (transposeA) {
            CommonOps_DDRM.multTransA(alpha, a, b, c);
        } else if (transposeB) {
            CommonOps_DDRM.multTransB(alpha, a, b, c);
        } else {
            CommonOps_DDRM.mult(alpha, a, b, c);
        }
    }

    private static void multiplyAdd(double alpha, DMatrixRMaj a, boolean transposeA, DMatrixRMaj b,
            boolean transposeB, DMatrixRMaj c) {
        if (transposeA && transposeB) {
            CommonOps_DDRM.multAddTransAB(alpha, a, b, c);
        } else if (transposeA) {
            CommonOps_DDRM.multAddTransA(alpha, a, b, c);
        } else if (transposeB) {
            CommonOps_DDRM.multAddTransB(alpha, a, b, c);
        } else {
            CommonOps_DDRM.multAdd(alpha, a, b, c);
        }
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
