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
 *   <li>Numbers: every value is a float64, and every operation is IEEE 754 arithmetic as numpy's is. A NaN or an
 *       infinity in an input reaches the output wherever the arithmetic takes it: {@code 0·∞} and {@code ∞ − ∞} are
 *       NaN, {@code x·0} is NaN when x is NaN, so no term of a product or a sum may be skipped because a factor is
 *       0 or an alpha is 0. The one exception, as in BLAS: {@link #gemm} with {@code beta == 0} does not read
 *       {@code c}. Subnormals are kept (no flush to zero); an overflow is an infinity. Sums may be taken in any
 *       order, and a product and a sum may be fused into one rounding (an FMA): the results then differ from
 *       numpy's in the last bits only.</li>
 *   <li>The same inputs give bit-identical outputs every time.</li>
 *   <li>Layout: a backend may keep a matrix however suits its library (a column-major library may store the
 *       transpose, say); only {@link #fromRowMajor} and {@link #toRowMajor} fix the order of values.</li>
 * </ul>
 *
 * <p>Threads: one instance is used by one thread at a time; it may keep scratch space, unsynchronized, between
 * calls. Separate instances, from separate {@link BackendProvider#create()} calls, may run at the same time on
 * separate threads.
 *
 * <p>Lifetime: {@link #close()} releases what the backend holds beyond the garbage collector's reach (native or
 * scratch memory); nothing is called after it, matrices included. Whoever creates a backend closes it: nn does,
 * and so does the conformance kit.
 *
 * @param <M> the library's matrix type
 * @since 2.0
 */
public interface LinearAlgebra<M> extends AutoCloseable {

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
     * does not propagate); every term of {@code op(a)·op(b)} is, whatever alpha is and whatever the other factor
     * (a NaN in {@code a} makes its row of {@code c} NaN even where {@code b} is 0, and so does alpha 0). Modified:
     * {@code c}. Not modified: {@code a}, {@code b}.
     *
     * @throws IllegalArgumentException if the inner dimensions of {@code op(a)} and {@code op(b)} differ, if
     *     {@code c} is not {@code rows(op(a))×cols(op(b))}, or if {@code c} is the same object as {@code a} or
     *     {@code b}
     */
    void gemm(double alpha, M a, boolean transposeA, M b, boolean transposeB, double beta, M c);

    /**
     * {@code out = max(0, in)} elementwise, as numpy's {@code np.maximum(0, in)}: a NaN stays NaN. The sign of a
     * zero result is free (numpy's {@code np.maximum(0, -0.0)} is −0.0; IEEE 754's maximum gives 0.0).
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

    /** {@code m = alpha · m}: with alpha 0, a NaN or an infinity in {@code m} becomes NaN. Modified: {@code m}. */
    void scale(double alpha, M m);

    /**
     * {@code y = y + alpha · x}: BLAS's {@code daxpy}, but alpha 0 still adds {@code 0 · x} (a NaN or an infinity
     * in {@code x} makes {@code y} NaN there). Modified: {@code y}. Not modified: {@code x}, unless it is
     * {@code y}; the two may be the same object.
     */
    void addScaled(double alpha, M x, M y);

    /** The sum of the squares of all elements. Not modified: {@code m}. */
    double sumOfSquares(M m);

    /** Releases what this backend holds: see the class comment. The default holds nothing and does nothing. */
    @Override
    default void close() {
    }
}
