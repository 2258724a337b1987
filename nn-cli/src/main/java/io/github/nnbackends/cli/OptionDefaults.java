package io.github.nnbackends.cli;

import io.github.nnbackends.train.Agreement;
import io.github.nnbackends.train.Preset;
import io.github.nnbackends.train.Sizes;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The defaults of the options whose numbers nn defines elsewhere: the tutorial's problem, steps and seed
 * ({@link Preset}) and the tolerance ({@link Agreement}). Given to picocli by a {@link Provider} rather than written
 * as annotation strings, so that each number is written once. Options it does not name keep their annotation's
 * default.
 */
final class OptionDefaults {

    private OptionDefaults() {
    }

    /** The default of the option named {@code longestName}, as its converter reads it; null if nn defines none. */
    static String of(String longestName) {
        Sizes sizes = Preset.TUTORIAL.sizes();
        return switch (longestName) {
            case "--size" -> Preset.TUTORIAL.label();
            case "--seed" -> Long.toString(Preset.DEFAULT_SEED);
            case "--steps" -> Integer.toString(Preset.TUTORIAL_STEPS);
            case "--lr" -> PythonFloat.repr(Preset.TUTORIAL.learningRate());
            case "--samples" -> Integer.toString(sizes.samples());
            case "--inputs" -> Integer.toString(sizes.inputs());
            case "--hidden" -> Integer.toString(sizes.hidden());
            case "--outputs" -> Integer.toString(sizes.outputs());
            case "--tolerance" -> PythonFloat.repr(Agreement.TOLERANCE);
            default -> null;
        };
    }

    /**
     * The defaults as picocli asks for them. A class of its own, so that the plain training run, which reads
     * {@link #of} directly, loads no class of picocli's (see {@link Converters}).
     */
    static final class Provider implements IDefaultValueProvider {

        @Override
        public String defaultValue(ArgSpec argument) {
            return argument instanceof OptionSpec option ? of(option.longestName()) : null;
        }
    }
}
