package io.github.nnbackends.train;

import io.github.nnbackends.spi.LinearAlgebra;

/**
 * The tutorial's training loop on any {@link LinearAlgebra}, step for step:
 * <pre>
 * h1 = x·w1 + b1;  a = relu(h1);  pred = a·w2 + b2;  loss = Σ(pred − y)²
 * d = 2(pred − y);  dW2 = aᵀ·d;  dA = d·w2ᵀ, zeroed where h1 &lt; 0;  dW1 = xᵀ·dA;  db1 = dA;  db2 = d
 * w1 −= lr·dW1;  w2 −= lr·dW2;  b1 −= lr·db1;  b2 −= lr·db2
 * </pre>
 * A {@link #step()} folds each weight's gradient into its update (one gemm with beta 1, no gradient matrix) and
 * the factor 2 into the gemms' alpha: 13 backend calls, no allocation. Every matrix is allocated once, here;
 * the explicit gradients only when {@link #computeGradients()} first asks for them. It reports losses to a
 * listener and never prints. Not thread-safe.
 *
 * @param <M> the backend's matrix type
 * @since 2.0
 */
public final class Trainer<M> {

    private final LinearAlgebra<M> algebra;
    private final Sizes sizes;
    private final double learningRate;
    private final M x;
    private final M y;
    private final M w1;
    private final M b1;
    private final M w2;
    private final M b2;
    private final M h1;
    private final M activated;
    /** pred − y: half the loss's gradient with respect to pred. */
    private final M error;
    /** The loss's gradient with respect to h1 (and so b1): 2(pred − y)·w2ᵀ, zeroed where h1 &lt; 0. */
    private final M dHidden;
    private M dW1;
    private M dB1;
    private M dW2;
    private M dB2;

    private Trainer(LinearAlgebra<M> algebra, TutorialData data, double learningRate) {
        if (!(learningRate > 0 && Double.isFinite(learningRate))) {
            throw new IllegalArgumentException("learning rate must be a positive finite number, not " + learningRate);
        }
        this.algebra = algebra;
        this.sizes = data.sizes();
        this.learningRate = learningRate;
        int n = sizes.samples();
        x = algebra.fromRowMajor(n, sizes.inputs(), data.x());
        y = algebra.fromRowMajor(n, sizes.outputs(), data.y());
        w1 = load(data.parameters(), Parameter.W1);
        b1 = load(data.parameters(), Parameter.B1);
        w2 = load(data.parameters(), Parameter.W2);
        b2 = load(data.parameters(), Parameter.B2);
        h1 = algebra.zeros(n, sizes.hidden());
        activated = algebra.zeros(n, sizes.hidden());
        error = algebra.zeros(n, sizes.outputs());
        dHidden = algebra.zeros(n, sizes.hidden());
    }

    /**
     * About how many bytes training at {@code sizes} holds at its peak: {@link #heapBytesNeeded} and
     * {@link #matrixBytesNeeded} together. For telling a user, before or after running out, what these sizes need.
     */
    public static long bytesNeeded(Sizes sizes) {
        return heapBytesNeeded(sizes) + matrixBytesNeeded(sizes);
    }

    /**
     * The bytes the data holds on the Java heap at the peak: inputs, targets and the starting parameters, drawn and
     * copied, and a copy of the inputs on their way to the backend.
     */
    public static long heapBytesNeeded(Sizes sizes) {
        long n = sizes.samples();
        long data = n * sizes.inputs() + n * sizes.outputs() + parameterCount(sizes);
        long inFlight = n * sizes.inputs();
        return Double.BYTES * (data + inFlight);
    }

    /** The bytes of the trainer's ten matrices, float64, wherever the backend keeps them. */
    public static long matrixBytesNeeded(Sizes sizes) {
        long n = sizes.samples();
        long matrices = n * sizes.inputs() + n * sizes.outputs() + parameterCount(sizes) + 3 * n * sizes.hidden()
                + n * sizes.outputs();
        return Double.BYTES * matrices;
    }

    private static long parameterCount(Sizes sizes) {
        long n = sizes.samples();
        return (long) sizes.inputs() * sizes.hidden() + n * sizes.hidden() + (long) sizes.hidden() * sizes.outputs()
                + n * sizes.outputs();
    }

    /**
     * A trainer that starts from {@code data}'s parameters. Not modified: {@code data}.
     *
     * @throws IllegalArgumentException if {@code learningRate} is not a positive finite number
     */
    public static <M> Trainer<M> start(LinearAlgebra<M> algebra, TutorialData data, double learningRate) {
        return new Trainer<>(algebra, data, learningRate);
    }

    /** Runs {@code steps} steps, telling {@code listener} each step's loss. */
    public void train(int steps, LossListener listener) {
        for (int step = 0; step < steps; step++) {
            listener.onStep(step, step());
        }
    }

    /** One step of gradient descent; returns the loss before the update. */
    public double step() {
        double loss = forward();
        backToHidden();
        algebra.gemm(-2 * learningRate, activated, true, error, false, 1, w2);
        algebra.addScaled(-2 * learningRate, error, b2);
        algebra.gemm(-learningRate, x, true, dHidden, false, 1, w1);
        algebra.addScaled(-learningRate, dHidden, b1);
        return loss;
    }

    /**
     * The forward and backward pass at the current parameters, without updating them, keeping every gradient for
     * {@link #gradients()}; returns the loss.
     */
    public double computeGradients() {
        if (dW1 == null) {
            dW1 = algebra.zeros(sizes.inputs(), sizes.hidden());
            dB1 = algebra.zeros(sizes.samples(), sizes.hidden());
            dW2 = algebra.zeros(sizes.hidden(), sizes.outputs());
            dB2 = algebra.zeros(sizes.samples(), sizes.outputs());
        }
        double loss = forward();
        backToHidden();
        algebra.gemm(2, activated, true, error, false, 0, dW2);
        algebra.gemm(1, x, true, dHidden, false, 0, dW1);
        algebra.copy(dHidden, dB1);
        algebra.copy(error, dB2);
        algebra.scale(2, dB2);
        return loss;
    }

    /** h1, its ReLU and pred − y at the current parameters; returns the loss. */
    private double forward() {
        algebra.copy(b1, h1);
        algebra.gemm(1, x, false, w1, false, 1, h1);
        algebra.relu(h1, activated);
        algebra.copy(b2, error);
        algebra.gemm(1, activated, false, w2, false, 1, error);
        algebra.addScaled(-1, y, error);
        return algebra.sumOfSquares(error);
    }

    /** dHidden from the error, through w2 (before w2 changes) and the ReLU. */
    private void backToHidden() {
        algebra.gemm(2, error, false, w2, true, 0, dHidden);
        algebra.reluMask(dHidden, h1, dHidden);
    }

    /** The current parameters. */
    public Parameters parameters() {
        return Parameters.of(sizes, algebra.toRowMajor(w1), algebra.toRowMajor(b1), algebra.toRowMajor(w2),
                algebra.toRowMajor(b2));
    }

    /**
     * The gradients of the loss that the last {@link #computeGradients()} computed; a {@link #step()} since does not
     * change them.
     *
     * @throws IllegalStateException if it was never called
     */
    public Parameters gradients() {
        if (dW1 == null) {
            throw new IllegalStateException("no gradients yet: call computeGradients() first");
        }
        return Parameters.of(sizes, algebra.toRowMajor(dW1), algebra.toRowMajor(dB1), algebra.toRowMajor(dW2),
                algebra.toRowMajor(dB2));
    }

    private M load(Parameters parameters, Parameter parameter) {
        return algebra.fromRowMajor(parameter.rows(sizes), parameter.cols(sizes), parameters.get(parameter));
    }
}
