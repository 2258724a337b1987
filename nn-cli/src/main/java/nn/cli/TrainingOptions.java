package nn.cli;

import nn.train.Sizes;
import nn.train.TutorialData;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** What a training run is: seed, steps, learning rate and sizes. A mixin shared by every command that trains. */
final class TrainingOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", converter = Converters.Seed.class,
            description = "numpy's seed for the data and the starting parameters, 0 to 2^32-1. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "2000", converter = Converters.PositiveInt.class,
            description = "Steps of gradient descent. Default: ${DEFAULT-VALUE}.")
    int steps;

    @Option(names = "--lr", paramLabel = "RATE", defaultValue = "1e-4", converter = Converters.LearningRate.class,
            description = "Learning rate. Default: ${DEFAULT-VALUE}.")
    double learningRate;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "100", converter = Converters.PositiveInt.class,
            description = "Training samples (n). Default: ${DEFAULT-VALUE}.")
    int samples;

    @Option(names = "--inputs", paramLabel = "N", defaultValue = "27", converter = Converters.PositiveInt.class,
            description = "Inputs per sample (x_len). Default: ${DEFAULT-VALUE}.")
    int inputs;

    @Option(names = "--hidden", paramLabel = "N", defaultValue = "9", converter = Converters.PositiveInt.class,
            description = "Hidden units (h_len). Default: ${DEFAULT-VALUE}.")
    int hidden;

    @Option(names = "--outputs", paramLabel = "N", defaultValue = "3", converter = Converters.PositiveInt.class,
            description = "Outputs per sample (y_len). Default: ${DEFAULT-VALUE}.")
    int outputs;

    /** @throws ParameterException if the sizes together are more than a matrix can hold */
    Sizes sizes() {
        try {
            return new Sizes(samples, inputs, hidden, outputs);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    TutorialData data() {
        return TutorialData.fromSeed(seed, sizes());
    }
}
