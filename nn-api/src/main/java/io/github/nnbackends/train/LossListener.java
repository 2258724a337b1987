package io.github.nnbackends.train;

/**
 * Told the loss of every training step, in order.
 *
 * @since 2.0
 */
@FunctionalInterface
public interface LossListener {

    /** {@code loss} is the loss of the parameters before step {@code step} updated them, as the tutorial prints. */
    void onStep(int step, double loss);
}
