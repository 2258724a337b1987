package io.github.nnbackends.cli;

import io.github.nnbackends.spi.LinearAlgebra;

/**
 * A backend whose every failure names it and the operation that failed: a {@link BackendFailure} in place of
 * whatever it threw, Errors such as a class or native library missing only when first used included. Running out
 * of memory outside Java's heap is a {@link NotEnoughMemory} naming them too; out of heap stays what it is. Adds a
 * call and nothing else: no allocation.
 */
final class GuardedAlgebra<M> implements LinearAlgebra<M> {

    private final String backend;
    private final LinearAlgebra<M> algebra;

    GuardedAlgebra(String backend, LinearAlgebra<M> algebra) {
        this.backend = backend;
        this.algebra = algebra;
    }

    private RuntimeException failure(String operation, Throwable cause) {
        if (cause instanceof OutOfMemoryError outOfMemory) {
            if (NotEnoughMemory.isHeap(outOfMemory)) {
                throw outOfMemory; // the sizes', said as such by the command, which knows them
            }
            return NotEnoughMemory.inBackend(backend, operation, outOfMemory);
        }
        return new BackendFailure(backend, operation, cause);
    }

    @Override
    public M zeros(int rows, int cols) {
        try {
            return algebra.zeros(rows, cols);
        } catch (RuntimeException | Error e) {
            throw failure("zeros", e);
        }
    }

    @Override
    public M fromRowMajor(int rows, int cols, double[] values) {
        try {
            return algebra.fromRowMajor(rows, cols, values);
        } catch (RuntimeException | Error e) {
            throw failure("fromRowMajor", e);
        }
    }

    @Override
    public double[] toRowMajor(M m) {
        try {
            return algebra.toRowMajor(m);
        } catch (RuntimeException | Error e) {
            throw failure("toRowMajor", e);
        }
    }

    @Override
    public int rows(M m) {
        try {
            return algebra.rows(m);
        } catch (RuntimeException | Error e) {
            throw failure("rows", e);
        }
    }

    @Override
    public int cols(M m) {
        try {
            return algebra.cols(m);
        } catch (RuntimeException | Error e) {
            throw failure("cols", e);
        }
    }

    @Override
    public void copy(M src, M dst) {
        try {
            algebra.copy(src, dst);
        } catch (RuntimeException | Error e) {
            throw failure("copy", e);
        }
    }

    @Override
    public void gemm(double alpha, M a, boolean transposeA, M b, boolean transposeB, double beta, M c) {
        try {
            algebra.gemm(alpha, a, transposeA, b, transposeB, beta, c);
        } catch (RuntimeException | Error e) {
            throw failure("gemm", e);
        }
    }

    @Override
    public void relu(M in, M out) {
        try {
            algebra.relu(in, out);
        } catch (RuntimeException | Error e) {
            throw failure("relu", e);
        }
    }

    @Override
    public void reluMask(M grad, M pre, M out) {
        try {
            algebra.reluMask(grad, pre, out);
        } catch (RuntimeException | Error e) {
            throw failure("reluMask", e);
        }
    }

    @Override
    public void scale(double alpha, M m) {
        try {
            algebra.scale(alpha, m);
        } catch (RuntimeException | Error e) {
            throw failure("scale", e);
        }
    }

    @Override
    public void addScaled(double alpha, M x, M y) {
        try {
            algebra.addScaled(alpha, x, y);
        } catch (RuntimeException | Error e) {
            throw failure("addScaled", e);
        }
    }

    @Override
    public double sumOfSquares(M m) {
        try {
            return algebra.sumOfSquares(m);
        } catch (RuntimeException | Error e) {
            throw failure("sumOfSquares", e);
        }
    }

    @Override
    public void close() {
        try {
            algebra.close();
        } catch (RuntimeException | Error e) {
            throw failure("close", e);
        }
    }
}
