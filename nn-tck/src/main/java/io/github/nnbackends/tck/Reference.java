package io.github.nnbackends.tck;

/** Plain row-major matrix arithmetic, the yardstick for the operations a backend implements. */
final class Reference {

    private Reference() {
    }

    /** A rows×cols matrix of small integers (exact in float64, and so are their products' sums). */
    static double[] integers(int rows, int cols, int salt) {
        double[] values = new double[rows * cols];
        for (int i = 0; i < values.length; i++) {
            values[i] = ((i * 7 + salt * 13) % 11) - 5;
        }
        return values;
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
}
