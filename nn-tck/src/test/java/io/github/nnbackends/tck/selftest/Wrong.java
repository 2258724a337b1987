package io.github.nnbackends.tck.selftest;

import io.github.nnbackends.spi.LinearAlgebra;

/**
 * Backends each wrong in one plausible way, as a first version of a real one can be. The self-test runs the whole kit
 * on each and expects it to fail. Each has a name of its own, registered in this module's test services file (but
 * for the two whose registration is what is wrong).
 */
final class Wrong {

    private Wrong() {
    }

    /** Right, but missing from META-INF/services. */
    public static final class Unregistered extends ArrayProvider {
        @Override
        public String name() {
            return "unregistered";
        }
    }

    /** Right, but its services line misspells its class name. */
    public static final class Misspelt extends ArrayProvider {
        @Override
        public String name() {
            return "misspelt";
        }
    }

    /** Its jar was built without the library: creating it fails on a missing class. */
    public static final class LibraryNotBundled extends ArrayProvider {
        @Override
        public String name() {
            return "library-not-bundled";
        }

        @Override
        public LinearAlgebra<?> create() {
            throw new NoClassDefFoundError("org/lib/DenseMatrix");
        }
    }

    /** Compiled against an older nn: states SPI 1.0. */
    public static final class OlderSpi extends ArrayProvider {
        @Override
        public String name() {
            return "older-spi";
        }

        @Override
        public String spiVersion() {
            return "1.0";
        }
    }

    /** Skips the terms of a product whose factor from b is 0, as some sparse-aware kernels do: ∞·0 is lost. */
    public static final class SkipsZeroFactors extends ArrayProvider {
        @Override
        public String name() {
            return "skips-zero-factors";
        }

        @Override
        public LinearAlgebra<?> create() {
            return new ArrayAlgebra() {
                @Override
                protected void doGemm(double alpha, Matrix a, boolean ta, Matrix b, boolean tb, double beta,
                        Matrix c) {
                    int inner = ta ? a.rows() : a.cols();
                    for (int i = 0; i < c.rows(); i++) {
                        for (int j = 0; j < c.cols(); j++) {
                            double sum = 0;
                            for (int p = 0; p < inner; p++) {
                                double factor = b(b, tb, p, j);
                                if (factor != 0) {
                                    sum += a(a, ta, i, p) * factor;
                                }
                            }
                            int at = i * c.cols() + j;
                            c.data()[at] = beta == 0 ? alpha * sum : alpha * sum + beta * c.data()[at];
                        }
                    }
                }
            };
        }
    }

    /** Returns beta·c at once when alpha is 0, as BLAS does: 0·NaN is lost. */
    public static final class AlphaZeroShortcut extends ArrayProvider {
        @Override
        public String name() {
            return "alpha-zero-shortcut";
        }

        @Override
        public LinearAlgebra<?> create() {
            return new ArrayAlgebra() {
                @Override
                protected void doGemm(double alpha, Matrix a, boolean ta, Matrix b, boolean tb, double beta,
                        Matrix c) {
                    if (alpha == 0) {
                        for (int i = 0; i < c.data().length; i++) {
                            c.data()[i] = beta == 0 ? 0 : beta * c.data()[i];
                        }
                        return;
                    }
                    super.doGemm(alpha, a, ta, b, tb, beta, c);
                }
            };
        }
    }

    /** Scales rows wider than 3 but for their last column: an off-by-one in an unrolled loop. */
    public static final class ScaleSkipsLastColumn extends ArrayProvider {
        @Override
        public String name() {
            return "scale-skips-last-column";
        }

        @Override
        public LinearAlgebra<?> create() {
            return new ArrayAlgebra() {
                @Override
                protected void doScale(double alpha, Matrix m) {
                    int width = m.cols() > 3 ? m.cols() - 1 : m.cols();
                    for (int i = 0; i < m.rows(); i++) {
                        for (int j = 0; j < width; j++) {
                            m.data()[i * m.cols() + j] *= alpha;
                        }
                    }
                }
            };
        }
    }

    /** Computes alpha·ab + 0·c when beta is 0, so a NaN left in c survives. */
    public static final class ReadsCWhenBetaIsZero extends ArrayProvider {
        @Override
        public String name() {
            return "reads-c-when-beta-is-zero";
        }

        @Override
        public LinearAlgebra<?> create() {
            return new ArrayAlgebra() {
                @Override
                protected void doGemm(double alpha, Matrix a, boolean ta, Matrix b, boolean tb, double beta,
                        Matrix c) {
                    double[] old = c.data().clone();
                    super.doGemm(alpha, a, ta, b, tb, 0, c);
                    for (int i = 0; i < old.length; i++) {
                        c.data()[i] += beta * old[i];
                    }
                }
            };
        }
    }

    /** Ignores transposeB: right for every product the tutorial's forward pass makes, wrong for its backward. */
    public static final class IgnoresTransposeB extends ArrayProvider {
        @Override
        public String name() {
            return "ignores-transpose-b";
        }

        @Override
        public LinearAlgebra<?> create() {
            return new ArrayAlgebra() {
                @Override
                double b(Matrix b, boolean transpose, int p, int j) {
                    return b.data()[(p * b.cols() + j) % b.data().length];
                }
            };
        }
    }

    /** Takes ReLU as {@code x > 0 ? x : 0}: NaN becomes 0 where numpy keeps it. */
    public static final class ReluDropsNaN extends ArrayProvider {
        @Override
        public String name() {
            return "relu-drops-nan";
        }

        @Override
        public LinearAlgebra<?> create() {
            return new ArrayAlgebra() {
                @Override
                protected void doRelu(Matrix in, Matrix out) {
                    for (int i = 0; i < in.data().length; i++) {
                        out.data()[i] = in.data()[i] > 0 ? in.data()[i] : 0;
                    }
                }
            };
        }
    }

    /** Masks the gradient where pre ≤ 0, not where pre &lt; 0 as the tutorial does. */
    public static final class MaskAtZero extends ArrayProvider {
        @Override
        public String name() {
            return "mask-at-zero";
        }

        @Override
        public LinearAlgebra<?> create() {
            return new ArrayAlgebra() {
                @Override
                protected void doReluMask(Matrix grad, Matrix pre, Matrix out) {
                    for (int i = 0; i < grad.data().length; i++) {
                        out.data()[i] = pre.data()[i] <= 0 ? 0 : grad.data()[i];
                    }
                }
            };
        }
    }

    /** Scales x in place on its way into y: y is right, x is not left as it was. */
    public static final class AddScaledModifiesX extends ArrayProvider {
        @Override
        public String name() {
            return "add-scaled-modifies-x";
        }

        @Override
        public LinearAlgebra<?> create() {
            return new ArrayAlgebra() {
                @Override
                protected void doAddScaled(double alpha, Matrix x, Matrix y) {
                    for (int i = 0; i < x.data().length; i++) {
                        x.data()[i] *= alpha;
                        y.data()[i] += x.data()[i];
                    }
                }
            };
        }
    }

    /** Adds the squares in float: 7 digits where training needs 16. */
    public static final class FloatSum extends ArrayProvider {
        @Override
        public String name() {
            return "float-sum";
        }

        @Override
        public LinearAlgebra<?> create() {
            return new ArrayAlgebra() {
                @Override
                protected double doSumOfSquares(Matrix m) {
                    float sum = 0;
                    for (double v : m.data()) {
                        sum += (float) (v * v);
                    }
                    return sum;
                }
            };
        }
    }

    /** Hands out its own array from toRowMajor: the caller's changes reach the matrix. */
    public static final class SharesItsArray extends ArrayProvider {
        @Override
        public String name() {
            return "shares-its-array";
        }

        @Override
        public LinearAlgebra<?> create() {
            return new ArrayAlgebra() {
                @Override
                protected double[] doToRowMajor(Matrix m) {
                    return m.data();
                }
            };
        }
    }

    /** Multiplies in blocks of 64 rows and forgets the last, partial block: right on every small case. */
    public static final class DropsTheLastBlock extends ArrayProvider {
        @Override
        public String name() {
            return "drops-the-last-block";
        }

        @Override
        public LinearAlgebra<?> create() {
            return new ArrayAlgebra() {
                @Override
                protected void doGemm(double alpha, Matrix a, boolean ta, Matrix b, boolean tb, double beta,
                        Matrix c) {
                    double[] old = c.data().clone();
                    super.doGemm(alpha, a, ta, b, tb, beta, c);
                    if (c.rows() > 64 && c.rows() % 64 != 0) {
                        int from = c.rows() / 64 * 64 * c.cols();
                        System.arraycopy(old, from, c.data(), from, old.length - from);
                    }
                }
            };
        }
    }

    /** Sums long products in float32, as a kernel for large sizes might: whole numbers stay exact, others do not. */
    public static final class FloatSumsInLongProducts extends ArrayProvider {
        @Override
        public String name() {
            return "float-sums-in-long-products";
        }

        @Override
        public LinearAlgebra<?> create() {
            return new ArrayAlgebra() {
                @Override
                protected void doGemm(double alpha, Matrix a, boolean ta, Matrix b, boolean tb, double beta,
                        Matrix c) {
                    int inner = ta ? a.rows() : a.cols();
                    for (int i = 0; i < c.rows(); i++) {
                        for (int j = 0; j < c.cols(); j++) {
                            double sum = 0;
                            for (int p = 0; p < inner; p++) {
                                sum += a(a, ta, i, p) * b(b, tb, p, j);
                                sum = inner > 200 ? (float) sum : sum;
                            }
                            int at = i * c.cols() + j;
                            c.data()[at] = beta == 0 ? alpha * sum : alpha * sum + beta * c.data()[at];
                        }
                    }
                }
            };
        }
    }

    /** Keeps its gemm's scratch in a static field: right alone, wrong when two instances run at once. */
    public static final class SharesScratchBetweenInstances extends ArrayProvider {
        private static final double[] SCRATCH = new double[1 << 16];

        @Override
        public String name() {
            return "shares-scratch";
        }

        @Override
        public LinearAlgebra<?> create() {
            return new ArrayAlgebra() {
                @Override
                protected void doGemm(double alpha, Matrix a, boolean ta, Matrix b, boolean tb, double beta,
                        Matrix c) {
                    int inner = ta ? a.rows() : a.cols();
                    double[] product = c.data().length <= SCRATCH.length ? SCRATCH : new double[c.data().length];
                    for (int i = 0; i < c.rows(); i++) {
                        for (int j = 0; j < c.cols(); j++) {
                            double sum = 0;
                            for (int p = 0; p < inner; p++) {
                                sum += a(a, ta, i, p) * b(b, tb, p, j);
                            }
                            product[i * c.cols() + j] = sum;
                        }
                    }
                    for (int at = 0; at < c.data().length; at++) {
                        c.data()[at] = beta == 0 ? alpha * product[at] : alpha * product[at] + beta * c.data()[at];
                    }
                }
            };
        }
    }

    /** Flushes subnormals to zero, as some native kernels do for speed. */
    public static final class FlushesSubnormals extends ArrayProvider {
        @Override
        public String name() {
            return "flushes-subnormals";
        }

        @Override
        public LinearAlgebra<?> create() {
            return new ArrayAlgebra() {
                @Override
                protected Matrix doFromRowMajor(int rows, int cols, double[] values) {
                    double[] flushed = values.clone();
                    for (int i = 0; i < flushed.length; i++) {
                        if (Math.abs(flushed[i]) < Double.MIN_NORMAL) {
                            flushed[i] = Math.copySign(0.0, flushed[i]);
                        }
                    }
                    return new Matrix(rows, cols, flushed);
                }
            };
        }
    }
}
