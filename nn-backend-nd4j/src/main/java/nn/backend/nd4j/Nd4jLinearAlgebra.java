package nn.backend.nd4j;

import java.util.HashMap;
import java.util.Map;
import nn.spi.Shape;
import nn.spi.ShapeCheckedLinearAlgebra;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.controlflow.Select;
import org.nd4j.linalg.api.ops.impl.reduce.floating.SquaredNorm;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinear;
import org.nd4j.linalg.api.ops.impl.transforms.bool.MatchConditionTransform;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.conditions.Conditions;

/**
 * {@link nn.spi.LinearAlgebra} on ND4J's {@link INDArray}s: float64, row-major ('c' order), products by BLAS
 * {@code dgemm}. Not thread-safe: the ReLU mask reuses scratch arrays per shape.
 */
final class Nd4jLinearAlgebra extends ShapeCheckedLinearAlgebra<INDArray> {

    /** For {@link #doReluMask}: where {@code pre < 0} (BOOL), and zeros to select there, per shape. */
    private record MaskScratch(INDArray negative, INDArray zeros) {
    }

    private static final String QUIET_START = "org.nd4j.log.initialization";

    private final Map<Shape, MaskScratch> scratch = new HashMap<>();

    Nd4jLinearAlgebra() {
        // ND4J logs a banner when it starts unless told not to; nn's stdout and stderr are for its own lines.
        if (System.getProperty(QUIET_START) == null) {
            System.setProperty(QUIET_START, "false");
        }
        // ND4J's default is float32; every array here, and any ND4J makes for us, must be float64.
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
    }

    @Override
    public int rows(INDArray m) {
        return (int) m.rows();
    }

    @Override
    public int cols(INDArray m) {
        return (int) m.columns();
    }

    @Override
    protected INDArray doZeros(int rows, int cols) {
        return Nd4j.zeros(DataType.DOUBLE, rows, cols);
    }

    @Override
    protected INDArray doFromRowMajor(int rows, int cols, double[] values) {
        return Nd4j.create(values, new long[] {rows, cols}, DataType.DOUBLE);
    }

    @Override
    protected double[] doToRowMajor(INDArray m) {
        return m.dup('c').data().asDouble();
    }

    @Override
    protected void doCopy(INDArray src, INDArray dst) {
        dst.assign(src);
    }

    @Override
    protected void doGemm(double alpha, INDArray a, boolean transposeA, INDArray b, boolean transposeB, double beta,
            INDArray c) {
        Nd4j.gemm(a, b, c, transposeA, transposeB, alpha, beta);
    }

    @Override
    protected void doRelu(INDArray in, INDArray out) {
        Nd4j.exec(new RectifiedLinear(in, out, 0.0));
    }

    @Override
    protected void doReluMask(INDArray grad, INDArray pre, INDArray out) {
        MaskScratch s = scratch.computeIfAbsent(Shape.of(rows(pre), cols(pre)), shape -> new MaskScratch(
                Nd4j.create(DataType.BOOL, shape.rows(), shape.cols()),
                Nd4j.zeros(DataType.DOUBLE, shape.rows(), shape.cols())));
        Nd4j.exec(new MatchConditionTransform(pre, s.negative(), Conditions.lessThan(0)));
        Nd4j.exec(new Select(new INDArray[] {s.negative(), s.zeros(), grad}, new INDArray[] {out}));
    }

    @Override
    protected void doScale(double alpha, INDArray m) {
        m.muli(alpha);
    }

    @Override
    protected void doAddScaled(double alpha, INDArray x, INDArray y) {
        Nd4j.getBlasWrapper().level1().axpy(y.length(), alpha, x, y);
    }

    @Override
    protected double doSumOfSquares(INDArray m) {
        return Nd4j.exec(new SquaredNorm(m)).getDouble(0);
    }
}
