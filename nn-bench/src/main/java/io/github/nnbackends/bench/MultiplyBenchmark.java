package io.github.nnbackends.bench;

import io.github.nnbackends.spi.LinearAlgebra;
import io.github.nnbackends.train.Preset;
import io.github.nnbackends.train.Sizes;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** The SPI's gemm at the five products of a training step, at the tutorial's size, as the trainer calls them. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class MultiplyBenchmark {

    @Param({"ejml", "commons", "nd4j"})
    public String backend;

    /**
     * The step's products: h1 += x·w1, err += a·w2, dA = 2·err·w2ᵀ, w2 += -2lr·aᵀ·err, w1 += -lr·xᵀ·dA
     * (rows×inner·inner×cols after transposing).
     */
    @Param({"x.w1", "a.w2", "err.w2T", "aT.err", "xT.dA"})
    public String product;

    private LinearAlgebra<Object> algebra;
    private Object a;
    private Object b;
    private Object c;
    private boolean transposeA;
    private boolean transposeB;
    private double alpha;
    private double beta;

    @Setup
    public void shapes() {
        algebra = BackendByName.create(backend);
        Sizes sizes = Preset.TUTORIAL.sizes();
        int n = sizes.samples();
        int inputs = sizes.inputs();
        int hidden = sizes.hidden();
        int outputs = sizes.outputs();
        double lr = Preset.TUTORIAL.learningRate();
        switch (product) {
            case "x.w1" -> set(n, inputs, false, inputs, hidden, false, n, hidden, 1, 1);
            case "a.w2" -> set(n, hidden, false, hidden, outputs, false, n, outputs, 1, 1);
            case "err.w2T" -> set(n, outputs, false, hidden, outputs, true, n, hidden, 2, 0);
            case "aT.err" -> set(n, hidden, true, n, outputs, false, hidden, outputs, -2 * lr, 1);
            case "xT.dA" -> set(n, inputs, true, n, hidden, false, inputs, hidden, -lr, 1);
            default -> throw new IllegalArgumentException("unknown product " + product);
        }
    }

    private void set(int aRows, int aCols, boolean ta, int bRows, int bCols, boolean tb, int cRows, int cCols,
            double alpha, double beta) {
        a = matrix(aRows, aCols, 1);
        b = matrix(bRows, bCols, 2);
        c = matrix(cRows, cCols, 3);
        transposeA = ta;
        transposeB = tb;
        this.alpha = alpha;
        this.beta = beta;
    }

    private Object matrix(int rows, int cols, int salt) {
        double[] values = new double[rows * cols];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.sin(i + salt);
        }
        return algebra.fromRowMajor(rows, cols, values);
    }

    @TearDown
    public void close() {
        algebra.close();
    }

    @Benchmark
    public Object gemm() {
        algebra.gemm(alpha, a, transposeA, b, transposeB, beta, c);
        return c;
    }
}
