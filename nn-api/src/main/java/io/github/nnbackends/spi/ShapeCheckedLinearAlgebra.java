package io.github.nnbackends.spi;

import java.util.Objects;

/**
 * The part of every {@link LinearAlgebra} that does not depend on the library: null and shape checks, aliasing
 * rules and their messages. A backend extends it and implements the unchecked {@code do…} kernels, which may
 * assume that their arguments are non-null and their shapes right.
 *
 * @param <M> the library's matrix type
 * @since 2.0
 */
public abstract class ShapeCheckedLinearAlgebra<M> implements LinearAlgebra<M> {

    protected abstract M doZeros(int rows, int cols);

    /** {@code values.length == rows * cols}; the result must not share {@code values}. */
    protected abstract M doFromRowMajor(int rows, int cols, double[] values);

    protected abstract double[] doToRowMajor(M m);

    /** Shapes checked; {@code src} is not {@code dst} (a copy onto itself never reaches the kernel). */
    protected abstract void doCopy(M src, M dst);

    /** Shapes checked; {@code c} is neither {@code a} nor {@code b}. */
    protected abstract void doGemm(double alpha, M a, boolean transposeA, M b, boolean transposeB, double beta, M c);

    protected abstract void doRelu(M in, M out);

    protected abstract void doReluMask(M grad, M pre, M out);

    protected abstract void doScale(double alpha, M m);

    protected abstract void doAddScaled(double alpha, M x, M y);

    protected abstract double doSumOfSquares(M m);

    @Override
    public final M zeros(int rows, int cols) {
        requirePositive(rows, cols);
        return doZeros(rows, cols);
    }

    @Override
    public final M fromRowMajor(int rows, int cols, double[] values) {
        Objects.requireNonNull(values, "values");
        requirePositive(rows, cols);
        if ((long) rows * cols != values.length) {
            throw new IllegalArgumentException("values has " + values.length + " elements, but a "
                    + Shape.of(rows, cols) + " matrix needs " + (long) rows * cols);
        }
        return doFromRowMajor(rows, cols, values);
    }

    @Override
    public final double[] toRowMajor(M m) {
        return doToRowMajor(Objects.requireNonNull(m, "m"));
    }

    @Override
    public final void copy(M src, M dst) {
        requireSameShape("copy", src, dst);
        if (src != dst) {
            doCopy(src, dst);
        }
    }

    @Override
    public final void gemm(double alpha, M a, boolean transposeA, M b, boolean transposeB, double beta, M c) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(c, "c");
        // Compared as ints: a check that allocates would make every step allocate.
        int aRows = transposeA ? cols(a) : rows(a);
        int aCols = transposeA ? rows(a) : cols(a);
        int bRows = transposeB ? cols(b) : rows(b);
        int bCols = transposeB ? rows(b) : cols(b);
        if (aCols != bRows) {
            throw new IllegalArgumentException("gemm: inner dimensions differ: op(a) is " + Shape.of(aRows, aCols)
                    + ", op(b) is " + Shape.of(bRows, bCols));
        }
        if (rows(c) != aRows || cols(c) != bCols) {
            throw new IllegalArgumentException("gemm: c is " + shape(c) + ", but op(a)·op(b) is "
                    + Shape.of(aRows, aCols) + "·" + Shape.of(bRows, bCols) + " = " + Shape.of(aRows, bCols));
        }
        if (c == a || c == b) {
            throw new IllegalArgumentException("gemm: c must not be the same matrix as " + (c == a ? "a" : "b"));
        }
        doGemm(alpha, a, transposeA, b, transposeB, beta, c);
    }

    @Override
    public final void relu(M in, M out) {
        requireSameShape("relu", in, out);
        doRelu(in, out);
    }

    @Override
    public final void reluMask(M grad, M pre, M out) {
        requireSameShape("reluMask", grad, pre);
        requireSameShape("reluMask", grad, out);
        doReluMask(grad, pre, out);
    }

    @Override
    public final void scale(double alpha, M m) {
        doScale(alpha, Objects.requireNonNull(m, "m"));
    }

    @Override
    public final void addScaled(double alpha, M x, M y) {
        requireSameShape("addScaled", x, y);
        doAddScaled(alpha, x, y);
    }

    @Override
    public final double sumOfSquares(M m) {
        return doSumOfSquares(Objects.requireNonNull(m, "m"));
    }

    private Shape shape(M m) {
        return Shape.of(rows(m), cols(m));
    }

    private void requireSameShape(String operation, M first, M second) {
        Objects.requireNonNull(first, "first argument");
        Objects.requireNonNull(second, "second argument");
        if (rows(first) != rows(second) || cols(first) != cols(second)) {
            throw new IllegalArgumentException(operation + ": shapes differ: " + shape(first) + " and "
                    + shape(second));
        }
    }

    private static void requirePositive(int rows, int cols) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("a matrix needs at least one row and one column, not " + rows + "×" + cols);
        }
    }
}
