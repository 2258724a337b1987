package io.github.nnbackends.spi.archfixture;

import io.github.nnbackends.train.Trainer;

/** Breaks the contract's independence on purpose: LayersFailWhenBrokenTest's fixture. */
public final class ContractThatTrains {

    private ContractThatTrains() {
    }

    public static Class<?> reach() {
        return Trainer.class;
    }
}
