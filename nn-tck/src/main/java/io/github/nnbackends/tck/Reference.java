package io.github.nnbackends.tck;

/**
 * The kit's own arithmetic, plain row-major loops in IEEE 754 float64, as numpy computes: the yardstick for every
 * operation a backend implements. Nothing is skipped: a NaN or an infinity goes wherever the arithmetic takes it.
 */
final class Reference {

    private Reference() {
    }

    /** The row-major transpose of a rows×cols matrix. */
    static double[] transpose(double[] m, int rows, int cols) {
        double[] t = new double[m.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[j * rows + i] = m[i * cols + j];
            }
        }
        return t;
    }

    /** {@code alpha·a·b + beta·c} for a (m×k), b (k×n), c (m×n); c is not read when beta is 0. */
    static double[] gemm(double alpha, double[] a, double[] b, double beta, double[] c, int m, int k, int n) {
        double[] out = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int p = 0; p < k; p++) {
                    sum += a[i * k + p] * b[p * n + j];
                }
                out[i * n + j] = beta == 0 ? alpha * sum : alpha * sum + beta * c[i * n + j];
            }
        }
        return out;
    }

    /**
     * How far each element of a gemm may be from {@link #gemm}'s, when the products are summed in another order or
     * with fused multiply-adds: {@code (k + 2)·2^-52·(|alpha|·Σ|a||b| + |beta·c|)}, the classic bound for a
     * k-term dot product and two more roundings. A float32 sum, or a lost term, is wrong by far more.
     */
    static double[] gemmErrorBounds(double alpha, double[] a, double[] b, double beta, double[] c, int m, int k,
            int n) {
        double[] bounds = new double[m * n];
        double unit = Math.scalb(1.0, -52) * (k + 2);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double magnitude = 0;
                for (int p = 0; p < k; p++) {
                    magnitude += Math.abs(a[i * k + p] * b[p * n + j]);
                }
                double fromC = beta == 0 ? 0 : Math.abs(beta * c[i * n + j]);
                bounds[i * n + j] = unit * (Math.abs(alpha) * magnitude + fromC) + Double.MIN_NORMAL;
            }
        }
        return bounds;
    }

    /**
     * {@code max(0, x)} as numpy's {@code np.maximum(0, x)}: NaN stays NaN. The sign of a zero result is not the
     * contract's (numpy's {@code np.maximum(0, -0.0)} is −0.0, IEEE 754's maximum 0.0): compare it either way.
     */
    static double[] relu(double[] in) {
        double[] out = new double[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = Double.isNaN(in[i]) ? in[i] : in[i] > 0 ? in[i] : 0.0;
        }
        return out;
    }

    /** {@code grad} where {@code pre >= 0} or NaN, {@code 0.0} where {@code pre < 0}. */
    static double[] reluMask(double[] grad, double[] pre) {
        double[] out = new double[grad.length];
        for (int i = 0; i < grad.length; i++) {
            out[i] = pre[i] < 0 ? 0.0 : grad[i];
        }
        return out;
    }

    static double[] scale(double alpha, double[] m) {
        double[] out = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            out[i] = alpha * m[i];
        }
        return out;
    }

    static double[] addScaled(double alpha, double[] x, double[] y) {
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = y[i] + alpha * x[i];
        }
        return out;
    }

    static double sumOfSquares(double[] m) {
        double sum = 0;
        for (double v : m) {
            sum += v * v;
        }
        return sum;
    }
}
