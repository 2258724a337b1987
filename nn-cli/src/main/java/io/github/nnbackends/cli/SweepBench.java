package io.github.nnbackends.cli;

import io.github.nnbackends.cli.chart.Charts;
import io.github.nnbackends.cli.chart.Series;
import io.github.nnbackends.cli.chart.SweepChart;
import io.github.nnbackends.discovery.BackendUnavailableException;
import io.github.nnbackends.discovery.Backends;
import io.github.nnbackends.spi.BackendProvider;
import io.github.nnbackends.spi.LinearAlgebra;
import io.github.nnbackends.train.Sizes;
import io.github.nnbackends.train.TutorialData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * {@code nn bench --sweep}: every usable backend timed at each size of a {@link Sweep}, smallest first; a row per
 * backend and size as each is timed, then the fastest backend per range ({@link Crossovers}), and the rows as CSV
 * and a log-log chart if asked.
 */
final class SweepBench {

    private final BenchCommand bench;
    private final Sweep sweep;
    private final OutputFile csv;
    private final OutputFile plot;

    /** {@code csv} and {@code plot} are null when not asked for; they have been checked. */
    SweepBench(BenchCommand bench, Sweep sweep, OutputFile csv, OutputFile plot) {
        this.bench = bench;
        this.sweep = sweep;
        this.csv = csv;
        this.plot = plot;
    }

    int run(Backends found) {
        TrainingOptions training = bench.training;
        List<Sizes> sizes = new ArrayList<>();
        for (int value : sweep.values()) {
            try {
                sizes.add(sweep.at(training.sizes(), value));
            } catch (IllegalArgumentException e) {
                throw new BadInput("--sweep " + sweep.dimension() + "=" + value + ": " + e.getMessage());
            }
        }
        OutputFile.requireDistinct(csv, plot);
        bench.warnOfUnusableOnThePath(found, List.of());
        List<BackendProvider> providers = found.providers();
        sizes.forEach(size -> providers.forEach(provider -> NotEnoughMemory.require(size, provider)));
        bench.printHeader();
        List<String> failures = new ArrayList<>();
        Map<BackendProvider, LinearAlgebra<?>> created = new LinkedHashMap<>();
        Map<String, double[]> timings = new LinkedHashMap<>();
        List<StepBenchmark.Result> results = new ArrayList<>();
        try {
            for (BackendProvider provider : providers) {
                try {
                    created.put(provider, bench.create(provider));
                    double[] none = new double[sizes.size()];
                    Arrays.fill(none, Double.NaN);
                    timings.put(provider.name(), none);
                } catch (BackendUnavailableException e) {
                    fail(provider, e, failures);
                }
            }
            for (int i = 0; i < sizes.size(); i++) {
                TutorialData data = TutorialData.fromSeed(training.seed(), sizes.get(i));
                int steps = training.isGiven("--steps") ? training.steps() : Sweep.stepsAt(sizes.get(i));
                double rate = training.isGiven("--lr") ? training.learningRate()
                        : Sweep.learningRateAt(sizes.get(i), training.sizes(), training.learningRate());
                for (BackendProvider provider : new ArrayList<>(created.keySet())) {
                    try {
                        StepBenchmark.Result result = bench.time(provider, created.get(provider), data, rate,
                                steps);
                        bench.print(result);
                        timings.get(provider.name())[i] = result.microsPerStep();
                        results.add(result);
                    } catch (BackendFailure | NotEnoughMemory e) {
                        fail(provider, e, failures);
                        created.remove(provider).close();
                    }
                    bench.out().flush();
                }
            }
        } finally {
            created.values().forEach(LinearAlgebra::close);
        }
        // The table's last line; with --json, whose lines are one object per backend each, a line on stderr.
        String fastest = Crossovers.line(sweep.dimension(), sweep.values(), timings);
        if (bench.json()) {
            bench.err().println("nn: " + fastest);
        } else {
            bench.out().println(fastest);
            bench.out().flush();
        }
        write(results, timings);
        return bench.failed(failures);
    }

    private void fail(BackendProvider provider, RuntimeException e, List<String> failures) {
        failures.add(e.getMessage());
        bench.printFailure(provider.name(), e.getMessage());
    }

    private void write(List<StepBenchmark.Result> results, Map<String, double[]> timings) {
        Map<OutputFile, OutputFile.Content> files = new LinkedHashMap<>();
        if (csv != null) {
            List<String> columns = results.isEmpty() ? List.of("backend")
                    : List.copyOf(bench.fields(results.get(0)).keySet());
            files.put(csv, new CsvTable(columns, results.size(),
                    row -> List.copyOf(bench.fields(results.get(row)).values())));
        }
        if (plot != null) {
            double[] x = sweep.values().stream().mapToDouble(Integer::doubleValue).toArray();
            List<Series> lines = timings.entrySet().stream()
                    .map(backend -> new Series(backend.getKey(), x, backend.getValue())).toList();
            JFreeChart chart = SweepChart.of("nn bench --sweep " + sweep.dimension() + ": microseconds per training "
                    + "step, by backend", sweep.label(), x, lines);
            files.put(plot, out -> Charts.write(chart, plot.extension(), out));
        }
        OutputFile.writeAll(files);
    }
}
