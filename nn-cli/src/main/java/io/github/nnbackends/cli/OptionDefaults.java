package io.github.nnbackends.cli;

import io.github.nnbackends.train.Agreement;
import io.github.nnbackends.train.Preset;
import io.github.nnbackends.train.Sizes;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The defaults of the options whose numbers nn defines elsewhere: the tutorial's problem, steps and seed
 * ({@link Preset}) and the tolerance ({@link Agreement}). A provider rather than annotation strings, so that each
 * number is written once. Options it does not name keep their annotation's default.
 */
final class OptionDefaults implements IDefaultValueProvider {

    @Override
    public String defaultValue(ArgSpec argument) {
        return argument instanceof OptionSpec option ? of(option.longestName()) : null;
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
}
