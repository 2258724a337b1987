package io.github.nnbackends.cli;

import io.github.nnbackends.discovery.BackendUnavailableException;
import io.github.nnbackends.discovery.Backends;
import io.github.nnbackends.spi.BackendProvider;
import io.github.nnbackends.spi.LinearAlgebra;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code nn compare}: several backends train the same problem; every step's loss is checked against a reference. */
@Command(name = "compare", header = "Train on several backends and check that every step's loss agrees.",
        description = {
    "Trains the same problem on several backends in this JVM and compares every step's loss with a reference: the "
            + "default backend, the backend named by --reference, or the 'step: i loss: L' lines of --losses (what "
            + "the numpy tutorial prints, say).",
    "Prints per backend its library, median microseconds per step, final loss, the largest relative difference of "
            + "any step's loss to the reference, and the first step where that exceeds --tolerance. Exits 1 when "
            + "any backend does."})
final class CompareCommand extends TrainingCommand {

    @Option(names = "--backends", paramLabel = "NAME", split = ",",
            description = "The backends to compare, separated by commas. Default: every usable backend.")
    private List<String> names;

    @Option(names = "--reference", paramLabel = "NAME",
            description = "The backend the others are compared with. Default: the default backend.")
    private String reference;

    @Option(names = "--losses", paramLabel = "FILE",
            description = "Compare with these losses instead of a backend's: one 'step: i loss: L' line per step, as "
                    + "the tutorial prints them ('-' reads stdin). numpy's: python3 tools/tutorial.py > FILE.")
    private String losses;

    @Option(names = "--tolerance", paramLabel = "T", converter = Converters.Tolerance.class,
            description = "The largest relative difference that counts as agreeing. Default: ${DEFAULT-VALUE}.")
    private double tolerance;

    @Option(names = "--json", description = "One JSON object per backend per line, instead of a table.")
    private boolean json;

    @Mixin
    private LossFiles files;

    @Override
    protected int run() {
        if (reference != null && losses != null) {
            throw new ParameterException(spec().commandLine(), "--reference and --losses exclude each other; give one");
        }
        LossRun given = losses == null ? null : LossRun.read(losses, training.steps(), spec().commandLine());
        files.check();
        if (losses != null && !losses.equals("-")) {
            files.refuseToOverwrite(Path.of(losses), "--losses");
        }
        Backends backends = backends();
        List<String> named = new ArrayList<>(names == null ? List.of() : names);
        if (reference != null) {
            named.add(reference);
        }
        warnOfUnusableOnThePath(backends, named);
        List<BackendProvider> chosen = chosen(backends);
        // Per step: each backend's loss, and its difference to the reference for --plot and --loss-csv; the time
        // of the one training.
        NotEnoughMemory.requireForLosses(training.sizes(), training.steps(), 2 * (chosen.size() + 1) + 1);
        // Every backend loads before any trains, so that one that cannot is reported before minutes of training;
        // the reference first, since without it nothing can be compared.
        Map<String, String> failed = new LinkedHashMap<>();
        Map<BackendProvider, LinearAlgebra<?>> created = new LinkedHashMap<>();
        try {
            if (given == null) {
                Optional<String> byVariable = BackendOption.fromVariable();
                Opened expected = reference != null ? open(backends.provider(reference))
                        : byVariable.isPresent() ? open(named(backends, byVariable.get(), true))
                        : openDefault(backends, (provider, why, next) -> failed.put(provider.name(), why.getMessage()));
                chosen.removeIf(provider -> provider.name().equals(expected.provider().name())
                        || failed.containsKey(provider.name()));
                created.put(expected.provider(), expected.algebra());
            }
            for (BackendProvider provider : chosen) {
                try {
                    created.put(provider, create(provider));
                } catch (BackendUnavailableException e) {
                    if (names != null) {
                        throw e;
                    }
                    failed.put(provider.name(), e.getMessage());
                }
            }
        } catch (RuntimeException e) {
            created.values().forEach(CompareCommand::closeQuietly);
            throw e;
        }
        return compare(given, created, failed);
    }

    private Opened open(BackendProvider provider) {
        return new Opened(provider, create(provider));
    }

    /**
     * Trains on each backend of {@code created} in turn, closing it after, and prints its row as soon as it is done:
     * an interrupted comparison keeps the rows it finished. The first is the reference, unless {@code given} is.
     */
    private int compare(LossRun given, Map<BackendProvider, LinearAlgebra<?>> created, Map<String, String> failed) {
        printHeader();
        failed.forEach(this::printFailure);
        LossRun expected = given;
        List<String> disagreeing = new ArrayList<>();
        List<LossRun> runs = new ArrayList<>(given == null ? List.of() : List.of(given));
        List<BackendProvider> left = new ArrayList<>(created.keySet());
        try {
            for (BackendProvider provider : created.keySet()) {
                left.remove(provider);
                LossRun run;
                try (LinearAlgebra<?> algebra = created.get(provider)) {
                    run = LossRun.train(provider, algebra, training);
                } catch (BackendFailure | NotEnoughMemory e) {
                    if (expected == null) {
                        throw e;
                    }
                    failed.put(provider.name(), e.getMessage());
                    printFailure(provider.name(), e.getMessage());
                    continue;
                }
                expected = expected == null ? run : expected;
                runs.add(run);
                LossRun.Difference difference = run.differenceTo(expected, tolerance);
                if (difference.firstStepOver() >= 0) {
                    disagreeing.add(run.name() + " from step " + difference.firstStepOver() + " (by "
                            + PythonFloat.repr(difference.stepDifference()) + ")");
                }
                out().println(json ? json(run, expected, difference) : row(run, expected, difference));
                out().flush();
                run.divergedAt().ifPresent(step -> warnOfDivergence(run.name(), step, run.losses()[step]));
            }
        } finally {
            left.forEach(provider -> closeQuietly(created.get(provider)));
        }
        if (runs.size() > 0) {
            files.write(runs, tolerance, "nn compare: loss per step, and each backend's difference to "
                    + runs.get(0).name() + "; seed " + training.seed() + ", " + training.sizes() + ", lr "
                    + PythonFloat.repr(training.learningRate()));
        }
        return report(expected, disagreeing, failed);
    }

    /** Closes a backend that will not be used, after another's failure: its own failure to close says nothing new. */
    private static void closeQuietly(LinearAlgebra<?> algebra) {
        try {
            algebra.close();
        } catch (RuntimeException e) {
            // The failure being reported is the one that matters.
        }
    }

    /** The providers --backends names, in its order and once each; all usable ones without it. */
    private List<BackendProvider> chosen(Backends backends) {
        if (names == null) {
            return new ArrayList<>(backends.providers());
        }
        List<BackendProvider> chosen = new ArrayList<>();
        for (String name : new LinkedHashSet<>(names)) {
            if (name.isBlank()) {
                throw new ParameterException(spec().commandLine(), "--backends: an empty name in '"
                        + String.join(",", names) + "'; separate names by single commas");
            }
            chosen.add(backends.provider(name.strip()));
        }
        return chosen;
    }

    private void printHeader() {
        if (!json) {
            out().println(String.format(Locale.ROOT, "%-8s %-14s %-12s %10s  %-22s %12s  %s", "BACKEND", "LIBRARY",
                    "VERSION", "US/STEP", "FINAL LOSS", "MAX REL DIFF", "FIRST STEP OVER"));
        }
    }

    private void printFailure(String name, String why) {
        out().println(json ? new JsonLine().put("backend", name).put("error", why)
                : String.format(Locale.ROOT, "%-8s failed: %s", name, why));
        out().flush();
    }

    /** One line on stderr for what disagreed or failed, and the exit code. */
    private int report(LossRun expected, List<String> disagreeing, Map<String, String> failed) {
        if (disagreeing.isEmpty() && failed.isEmpty()) {
            return ExitCode.OK;
        }
        List<String> problems = new ArrayList<>();
        if (!disagreeing.isEmpty()) {
            problems.add(Words.list(disagreeing) + (disagreeing.size() == 1 ? " differs" : " differ") + " from "
                    + expected.name() + " by more than the tolerance " + PythonFloat.repr(tolerance));
        }
        problems.addAll(failed.values());
        err().println("nn: " + String.join("; ", problems));
        return ExitCode.FAILED;
    }

    private static String row(LossRun run, LossRun expected, LossRun.Difference difference) {
        String over = difference.firstStepOver() >= 0 ? Integer.toString(difference.firstStepOver())
                : run == expected ? "reference" : "none";
        double largest = difference.largest();
        return String.format(Locale.ROOT, "%-8s %-14s %-12s %10.2f  %-22s %12s  %s", run.name(),
                Objects.requireNonNullElse(run.library(), "-"),
                Objects.requireNonNullElse(run.version(), "-"), run.microsPerStep(), PythonFloat.repr(run.finalLoss()),
                largest == 0 ? "0" : Double.isFinite(largest) ? String.format(Locale.ROOT, "%.3g", largest)
                        : PythonFloat.repr(largest), over);
    }

    private String json(LossRun run, LossRun expected, LossRun.Difference difference) {
        JsonLine line = new JsonLine().put("backend", run.name()).put("library", run.library())
                .put("version", run.version()).put("us_per_step", run.microsPerStep())
                .put("final_loss", run.finalLoss()).put("reference", expected.name())
                .put("tolerance", tolerance).put("max_rel_diff", difference.largest());
        if (difference.firstStepOver() >= 0) {
            line.put("first_step_over", difference.firstStepOver());
        } else {
            line.put("first_step_over", (String) null);
        }
        return line.put("agrees", difference.firstStepOver() < 0).toString();
    }
}
