package io.github.nnbackends.spi;

/**
 * The operations the trainer needs from a linear-algebra library, on dense float64 matrices of the library's own
 * type {@code M}. A backend implements this interface (usually by extending {@link ShapeCheckedLinearAlgebra}) and
 * makes it reachable through a {@link BackendProvider}.
 *
 * <p>Rules for every method:
 * <ul>
 *   <li>No argument may be {@code null}: a {@code null} throws {@link NullPointerException}.</li>
 *   <li>Matrices are the ones this instance created with {@link #zeros} or {@link #fromRowMajor}; none is a view of
 *       another.</li>
 *   <li>Shapes are checked before anything is read or written. A mismatch throws {@link IllegalArgumentException}
 *       whose message names both shapes as {@code rows×cols}, and leaves every argument unmodified.</li>
 *   <li>An output may be the same object as an input only where the method says so.</li>
 *   <li>Every value is a float64, computed in float64. The same inputs give bit-identical outputs every time.</li>
 * </ul>
 *
 * @param <M> the library's matrix type
 */
public interface LinearAlgebra<M> {

    /** A new {@code rows×cols} matrix of zeros; both at least 1. */
    M zeros(int rows, int cols);

    /**
     * A new {@code rows×cols} matrix holding {@code values} read row by row.
     * Not modified: {@code values}, which the matrix does not share.
     *
     * @throws IllegalArgumentException if a dimension is below 1 or {@code values.length != rows * cols}
     */
    M fromRowMajor(int rows, int cols, double[] values);

    /** A new array with the matrix's values row by row. Not modified: {@code m}. */
    double[] toRowMajor(M m);

    /** The number of rows of {@code m}. */
    int rows(M m);

    /** The number of columns of {@code m}. */
    int cols(M m);

    /**
     * {@code dst = src}. Modified: {@code dst}. Not modified: {@code src}. The two may be the same object.
     */
    void copy(M src, M dst);

    /**
     * {@code c = alpha · op(a) · op(b) + beta · c}, where {@code op(m)} is {@code mᵀ} if its flag is set, else
     * {@code m}: BLAS's {@code dgemm}. When {@code beta} is 0 the old contents of {@code c} are not read (a NaN there
     * does not propagate). Modified: {@code c}. Not modified: {@code a}, {@code b}.
     *
     * @throws IllegalArgumentException if the inner dimensions of {@code op(a)} and {@code op(b)} differ, if
     *     {@code c} is not {@code rows(op(a))×cols(op(b))}, or if {@code c} is the same object as {@code a} or
     *     {@code b}
     */
    void gemm(double alpha, M a, boolean transposeA, M b, boolean transposeB, double beta, M c);

    /**
     * {@code out = max(0, in)} elementwise, as numpy's {@code np.maximum(0, in)}: a NaN stays NaN.
     * Modified: {@code out}. Not modified: {@code in}, unless it is {@code out}; the two may be the same object.
     */
    void relu(M in, M out);

    /**
     * The gradient through a ReLU: {@code out = grad} where {@code pre >= 0} and {@code 0} where {@code pre < 0}
     * (strictly less, as the tutorial's {@code d[h1 < 0] = 0}; where {@code pre} is NaN, {@code grad} is kept).
     * Modified: {@code out}. Not modified: {@code grad}, {@code pre}, unless one is {@code out}; any of the three
     * may be the same object.
     */
    void reluMask(M grad, M pre, M out);

    /** {@code m = alpha · m}. Modified: {@code m}. */
    void scale(double alpha, M m);

    /**
     * {@code y = y + alpha · x}: BLAS's {@code daxpy}. Modified: {@code y}. Not modified: {@code x}, unless it is
     * {@code y}; the two may be the same object.
     */
    void addScaled(double alpha, M x, M y);

    /** The sum of the squares of all elements. Not modified: {@code m}. */
    double sumOfSquares(M m);
}
