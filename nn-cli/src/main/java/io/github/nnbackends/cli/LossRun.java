package io.github.nnbackends.cli;

import io.github.nnbackends.spi.BackendProvider;
import io.github.nnbackends.spi.LinearAlgebra;
import io.github.nnbackends.train.Agreement;
import io.github.nnbackends.train.Trainer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine;

/**
 * Every step's loss of one run, a backend's or another program's, and how fast its steps were; library and version
 * are null for a program's, and for a library that does not tell its version.
 */
record LossRun(String name, String library, String version, double[] losses, double microsPerStep) {

    /** How far a run's losses are from a reference's: the largest relative difference, and the first step over. */
    record Difference(double largest, int firstStepOver, double stepDifference) {
    }

    /** {@code options}' problem trained on {@code algebra}, {@code provider}'s backend, each step timed. */
    static LossRun train(BackendProvider provider, LinearAlgebra<?> algebra, TrainingOptions options) {
        Trainer<?> trainer = Trainer.start(algebra, options.data(), options.learningRate());
        double[] losses = new double[options.steps()];
        double[] micros = new double[options.steps()];
        long[] last = {System.nanoTime()};
        trainer.train(options.steps(), (step, loss) -> {
            long now = System.nanoTime();
            losses[step] = loss;
            micros[step] = (now - last[0]) / 1e3;
            last[0] = now;
        });
        return new LossRun(provider.name(), provider.library(), provider.version().orElse(null), losses,
                Median.of(micros));
    }

    /** The first step whose loss is inf or nan, if any. */
    OptionalInt divergedAt() {
        return IntStream.range(0, losses.length).filter(step -> !Double.isFinite(losses[step])).findFirst();
    }

    /**
     * The losses of {@code file} ({@code -} for stdin): exactly {@code steps} lines {@code step: i loss: L}, L as
     * Python prints a float ({@code nan} and {@code inf} included).
     *
     * @throws ParameterException saying which line is wrong, or that the file cannot be read
     */
    static LossRun read(String file, int steps, CommandLine commandLine) {
        if (file.isEmpty()) {
            throw new ParameterException(commandLine, "--losses: give the name of a file, or - for stdin");
        }
        List<String> lines;
        try {
            if (Files.isDirectory(Path.of(file))) {
                throw new ParameterException(commandLine, "--losses: '" + file + "' is a directory, not a file");
            }
            lines = file.equals("-")
                    ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8.newDecoder())).lines()
                            .toList()
                    : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException | InvalidPathException | UncheckedIOException e) {
            throw new ParameterException(commandLine, "--losses: cannot read '" + file + "': " + why(e));
        }
        if (lines.size() != steps) {
            throw new ParameterException(commandLine, "--losses: '" + file + "' has " + lines.size() + " lines, but "
                    + "--steps is " + steps + "; give the options of the run that wrote it");
        }
        double[] losses = new double[steps];
        for (int step = 0; step < steps; step++) {
            String prefix = "step: " + step + " loss: ";
            String line = lines.get(step).strip();
            Double loss = line.startsWith(prefix) ? pythonFloat(line.substring(prefix.length())) : null;
            if (loss == null) {
                throw new ParameterException(commandLine, "--losses: line " + (step + 1) + " of '" + file
                        + "' is not '" + prefix + "L': '" + line + "'");
            }
            losses[step] = loss;
        }
        return new LossRun(file.equals("-") ? "stdin" : file, null, null, losses, Double.NaN);
    }

    double finalLoss() {
        return losses[losses.length - 1];
    }

    Difference differenceTo(LossRun reference, double tolerance) {
        double[] differences = relativeDifferences(reference);
        double largest = 0;
        int firstOver = -1;
        for (int step = 0; step < differences.length; step++) {
            largest = Math.max(largest, differences[step]);
            if (firstOver < 0 && !(differences[step] <= tolerance)) {
                firstOver = step;
            }
        }
        return new Difference(largest, firstOver, firstOver < 0 ? 0 : differences[firstOver]);
    }

    /** Each step's relative difference of this run's loss to {@code reference}'s. */
    double[] relativeDifferences(LossRun reference) {
        double[] differences = new double[losses.length];
        for (int step = 0; step < differences.length; step++) {
            differences[step] = Agreement.relativeDifference(losses[step], reference.losses[step]);
        }
        return differences;
    }

    /** Why a file could not be read, in words. */
    private static String why(Exception e) {
        Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
        if (cause instanceof NoSuchFileException) {
            return "no such file";
        }
        if (cause instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (cause instanceof CharacterCodingException) {
            return "not text (UTF-8)";
        }
        if (cause instanceof InvalidPathException) {
            return "not a usable path";
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    /** A float as Python prints it, or null. */
    private static Double pythonFloat(String text) {
        return switch (text) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> {
                try {
                    yield text.matches("-?[0-9.]+(e[-+][0-9]+)?") ? Double.parseDouble(text) : null;
                } catch (NumberFormatException e) {
                    yield null;
                }
            }
        };
    }
}
