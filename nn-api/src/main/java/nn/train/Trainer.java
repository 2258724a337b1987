package nn.train;

import nn.spi.LinearAlgebra;

/**
 * The tutorial's training loop on any {@link LinearAlgebra}, step for step:
 * <pre>
 * h1 = x·w1 + b1;  a = relu(h1);  pred = a·w2 + b2;  loss = Σ(pred − y)²
 * d = 2(pred − y);  dW2 = aᵀ·d;  dA = d·w2ᵀ, zeroed where h1 &lt; 0;  dW1 = xᵀ·dA;  db1 = dA;  db2 = d
 * w1 −= lr·dW1;  w2 −= lr·dW2;  b1 −= lr·db1;  b2 −= lr·db2
 * </pre>
 * Every matrix is allocated once, here; a step only calls the backend. It reports losses to a listener and never
 * prints. Not thread-safe.
 *
 * @param <M> the backend's matrix type
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
    private final M dPred;
    private final M dHidden;
    private final M dW1;
    private final M dW2;

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
        dPred = algebra.zeros(n, sizes.outputs());
        dHidden = algebra.zeros(n, sizes.hidden());
        dW1 = algebra.zeros(sizes.inputs(), sizes.hidden());
        dW2 = algebra.zeros(sizes.hidden(), sizes.outputs());
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
        double loss = computeGradients();
        algebra.addScaled(-learningRate, dW1, w1);
        algebra.addScaled(-learningRate, dW2, w2);
        algebra.addScaled(-learningRate, dHidden, b1);
        algebra.addScaled(-learningRate, dPred, b2);
        return loss;
    }

    /** The forward and backward pass at the current parameters, without updating them; returns the loss. */
    public double computeGradients() {
        algebra.copy(b1, h1);
        algebra.gemm(1, x, false, w1, false, 1, h1);
        algebra.relu(h1, activated);
        algebra.copy(b2, dPred);
        algebra.gemm(1, activated, false, w2, false, 1, dPred);
        algebra.addScaled(-1, y, dPred);
        double loss = algebra.sumOfSquares(dPred);
        algebra.scale(2, dPred);
        algebra.gemm(1, activated, true, dPred, false, 0, dW2);
        algebra.gemm(1, dPred, false, w2, true, 0, dHidden);
        algebra.reluMask(dHidden, h1, dHidden);
        algebra.gemm(1, x, true, dHidden, false, 0, dW1);
        return loss;
    }

    /** The current parameters. */
    public Parameters parameters() {
        return Parameters.of(sizes, algebra.toRowMajor(w1), algebra.toRowMajor(b1), algebra.toRowMajor(w2),
                algebra.toRowMajor(b2));
    }

    /** The gradients of the loss that the last {@link #computeGradients()} or {@link #step()} computed. */
    public Parameters gradients() {
        return Parameters.of(sizes, algebra.toRowMajor(dW1), algebra.toRowMajor(dHidden), algebra.toRowMajor(dW2),
                algebra.toRowMajor(dPred));
    }

    private M load(Parameters parameters, Parameter parameter) {
        return algebra.fromRowMajor(parameter.rows(sizes), parameter.cols(sizes), parameters.get(parameter));
    }
}
