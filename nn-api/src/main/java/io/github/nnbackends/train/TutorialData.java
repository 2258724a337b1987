package io.github.nnbackends.train;

import io.github.nnbackends.numpy.LegacyRandom;

/**
 * The tutorial's training data and starting parameters, row-major: inputs {@code x}, targets {@code y} and the
 * initial {@link Parameters}. Immutable, as {@link Parameters} is: arrays are copied in and out.
 *
 * @since 2.0
 */
public final class TutorialData {

    private final Sizes sizes;
    private final double[] x;
    private final double[] y;
    private final Parameters parameters;

    private TutorialData(Sizes sizes, double[] x, double[] y, Parameters parameters) {
        this.sizes = sizes;
        this.x = x;
        this.y = y;
        this.parameters = parameters;
    }

    /**
     * What the tutorial draws after {@code np.random.seed(seed)}, in its order:
     * <pre>
     * x = np.random.randn(n, x_len)
     * y = x.dot(np.random.randn(x_len, y_len))
     * w1 = np.random.randn(x_len, h_len)
     * b1 = np.random.randn(n, h_len)
     * w2 = np.random.randn(h_len, y_len)
     * b2 = np.random.randn(n, y_len)
     * </pre>
     *
     * @throws IllegalArgumentException if {@code seed} is outside 0..2^32−1
     */
    public static TutorialData fromSeed(long seed, Sizes sizes) {
        LegacyRandom random = new LegacyRandom(seed);
        double[] x = random.gaussians(sizes.samples(), sizes.inputs());
        double[] trueWeights = random.gaussians(sizes.inputs(), sizes.outputs());
        double[] y = multiply(x, trueWeights, sizes.samples(), sizes.inputs(), sizes.outputs());
        double[] w1 = random.gaussians(sizes.inputs(), sizes.hidden());
        double[] b1 = random.gaussians(sizes.samples(), sizes.hidden());
        double[] w2 = random.gaussians(sizes.hidden(), sizes.outputs());
        double[] b2 = random.gaussians(sizes.samples(), sizes.outputs());
        return new TutorialData(sizes, x, y, Parameters.of(sizes, w1, b1, w2, b2));
    }

    /** The same data, starting from other parameters. */
    public TutorialData with(Parameters start) {
        return new TutorialData(sizes, x, y, start);
    }

    public Sizes sizes() {
        return sizes;
    }

    /** A copy of the inputs, samples×inputs. */
    public double[] x() {
        return x.clone();
    }

    /** A copy of the targets, samples×outputs. */
    public double[] y() {
        return y.clone();
    }

    public Parameters parameters() {
        return parameters;
    }

    /** {@code a·b} for row-major {@code a} (rows×inner) and {@code b} (inner×cols), summed in index order. */
    private static double[] multiply(double[] a, double[] b, int rows, int inner, int cols) {
        double[] product = new double[rows * cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double sum = 0;
                for (int k = 0; k < inner; k++) {
                    sum += a[i * inner + k] * b[k * cols + j];
                }
                product[i * cols + j] = sum;
            }
        }
        return product;
    }
}
