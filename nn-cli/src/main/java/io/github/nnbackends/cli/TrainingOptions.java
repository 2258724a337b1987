package io.github.nnbackends.cli;

import io.github.nnbackends.train.Preset;
import io.github.nnbackends.train.Sizes;
import io.github.nnbackends.train.TutorialData;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What a training run is: a problem ({@code --size}, or its four sizes and learning rate one by one), a seed and
 * a number of steps. A mixin of every command that trains; their defaults come from {@link Preset}, through
 * {@link OptionDefaults}. The option fields are not private: the plain training run sets them directly
 * ({@link PlainOptionsSource}).
 */
final class TrainingOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    /** The options given, when parsed without picocli ({@link PlainTraining}); null when picocli parsed them. */
    private Set<String> givenAlone;

    @Option(names = "--size", paramLabel = "NAME", converter = Converters.PresetName.class,
            description = "The problem: 'tutorial' (the tutorial's sizes and learning rate) or 'large' (the one "
                    + "benchmarks time, at a learning rate small enough not to diverge). The options below override "
                    + "it one by one. Default: ${DEFAULT-VALUE}.")
    Preset preset;

    @Option(names = "--seed", paramLabel = "S", converter = Converters.Seed.class,
            description = "numpy's seed for the data and the starting parameters, 0 to 2^32-1. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--steps", paramLabel = "N", converter = Converters.PositiveInt.class,
            description = "Steps of gradient descent. Default: ${DEFAULT-VALUE}.")
    int steps;

    @Option(names = "--lr", paramLabel = "RATE", converter = Converters.LearningRate.class,
            description = "Learning rate. Default: ${DEFAULT-VALUE}, or that of --size.")
    double learningRate;

    @Option(names = "--samples", paramLabel = "N", converter = Converters.PositiveInt.class,
            description = "Training samples (n). Default: ${DEFAULT-VALUE}, or that of --size.")
    int samples;

    @Option(names = "--inputs", paramLabel = "N", converter = Converters.PositiveInt.class,
            description = "Inputs per sample (x_len). Default: ${DEFAULT-VALUE}, or that of --size.")
    int inputs;

    @Option(names = "--hidden", paramLabel = "N", converter = Converters.PositiveInt.class,
            description = "Hidden units (h_len). Default: ${DEFAULT-VALUE}, or that of --size.")
    int hidden;

    @Option(names = "--outputs", paramLabel = "N", converter = Converters.PositiveInt.class,
            description = "Outputs per sample (y_len). Default: ${DEFAULT-VALUE}, or that of --size.")
    int outputs;

    long seed() {
        return seed;
    }

    int steps() {
        return steps;
    }

    double learningRate() {
        return isGiven("--lr") ? learningRate : preset.learningRate();
    }

    /** The learning rate of {@code --size}'s problem, whatever {@code --lr} says. */
    double presetLearningRate() {
        return preset.learningRate();
    }

    /** @throws picocli.CommandLine.ParameterException if the sizes together are more than a matrix can hold */
    Sizes sizes() {
        Sizes of = preset.sizes();
        try {
            return new Sizes(isGiven("--samples") ? samples : of.samples(),
                    isGiven("--inputs") ? inputs : of.inputs(),
                    isGiven("--hidden") ? hidden : of.hidden(), isGiven("--outputs") ? outputs : of.outputs());
        } catch (IllegalArgumentException e) {
            throw Failures.badOption(spec, e.getMessage());
        }
    }

    TutorialData data() {
        return TutorialData.fromSeed(seed, sizes());
    }

    /** Parsed without picocli: {@code given} are the options given by name. */
    void parsedAlone(Set<String> given) {
        givenAlone = given;
    }

    /** Whether {@code option} was given on the command line. */
    boolean isGiven(String option) {
        return givenAlone != null ? givenAlone.contains(option)
                : spec.commandLine().getParseResult().hasMatchedOption(option);
    }
}
