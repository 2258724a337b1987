package org.example.train;

import io.github.nnbackends.discovery.Backends;
import io.github.nnbackends.spi.BackendProvider;
import io.github.nnbackends.spi.LinearAlgebra;
import io.github.nnbackends.train.Preset;
import io.github.nnbackends.train.Trainer;
import io.github.nnbackends.train.TutorialData;

/** The tutorial's training, from Java: on EJML, with numpy's data for seed 0. */
public final class TrainOnEjml {

    public static void main(String[] args) {
        Backends backends = Backends.discover(TrainOnEjml.class.getClassLoader());
        BackendProvider ejml = backends.provider("ejml");
        TutorialData data = TutorialData.fromSeed(0, Preset.TUTORIAL.sizes());
        double[] losses = new double[Preset.TUTORIAL_STEPS];
        try (LinearAlgebra<?> algebra = Backends.create(ejml)) {
            Trainer<?> trainer = Trainer.start(algebra, data, Preset.TUTORIAL.learningRate());
            trainer.train(losses.length, (step, loss) -> losses[step] = loss);
        }
        System.out.println("first loss " + losses[0] + ", last loss " + losses[losses.length - 1]);
    }
}
