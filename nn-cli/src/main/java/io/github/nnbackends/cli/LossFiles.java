package io.github.nnbackends.cli;

import io.github.nnbackends.cli.chart.Charts;
import io.github.nnbackends.cli.chart.ComparisonChart;
import io.github.nnbackends.cli.chart.LossChart;
import io.github.nnbackends.cli.chart.Series;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import picocli.CommandLine.Option;

/**
 * {@code --plot} and {@code --loss-csv} of a command that trains: the losses per step as a picture and as numbers.
 * Both files are checked before any training ({@link #check}), and written after it, whole or not at all.
 */
final class LossFiles {

    // Not private: the plain training run sets them directly (PlainOptionsSource).
    @Option(names = "--plot", paramLabel = "FILE",
            description = "Draw the loss per step (log scale) into FILE, a .png or .svg; compare draws every "
                    + "backend's, and below them each one's relative difference to the reference, with the tolerance.")
    String plot;

    @Option(names = "--loss-csv", paramLabel = "FILE",
            description = "Write the loss of every step into FILE as CSV: 'step,loss'; compare writes a loss column "
                    + "per backend and a rel_diff column per backend but the reference.")
    String csv;

    private OutputFile plotFile;
    private OutputFile csvFile;

    /** Whether a file was asked for: then every step's loss is kept. */
    boolean any() {
        return plot != null || csv != null;
    }

    /**
     * Checks both files before training: each can be written, and they are not one file.
     *
     * @throws BadInput if not
     */
    void check() {
        plotFile = plot == null ? null : OutputFile.of("--plot", plot, Charts.FORMATS);
        csvFile = csv == null ? null : OutputFile.of("--loss-csv", csv, List.of());
        OutputFile.requireDistinct(plotFile, csvFile);
    }

    /** A training run's files: its loss curve, and {@code step,loss}. */
    void write(LossRun run, String title) {
        Map<OutputFile, OutputFile.Content> files = new LinkedHashMap<>();
        if (plotFile != null) {
            JFreeChart chart = LossChart.of(title, Series.perStep(run.name(), run.losses()));
            files.put(plotFile, out -> Charts.write(chart, plotFile.extension(), out));
        }
        if (csvFile != null) {
            files.put(csvFile, new CsvTable(List.of("step", "loss"), run.losses().length,
                    step -> List.of(step, run.losses()[step])));
        }
        OutputFile.writeAll(files);
    }

    /**
     * A comparison's files: {@code runs}' curves, the reference's first, and each other's relative difference to
     * it per step.
     */
    void write(List<LossRun> runs, double tolerance, String title) {
        LossRun reference = runs.get(0);
        List<LossRun> others = runs.subList(1, runs.size());
        List<double[]> differences = others.stream().map(run -> run.relativeDifferences(reference)).toList();
        Map<OutputFile, OutputFile.Content> files = new LinkedHashMap<>();
        if (plotFile != null) {
            List<Series> curves = runs.stream().map(run -> Series.perStep(run.name(), run.losses())).toList();
            List<Series> apart = new ArrayList<>();
            for (int i = 0; i < others.size(); i++) {
                apart.add(Series.perStep(others.get(i).name(), differences.get(i)));
            }
            JFreeChart chart = ComparisonChart.of(title, curves, apart, tolerance);
            files.put(plotFile, out -> Charts.write(chart, plotFile.extension(), out));
        }
        if (csvFile != null) {
            List<String> header = new ArrayList<>(List.of("step"));
            runs.forEach(run -> header.add("loss_" + run.name()));
            others.forEach(run -> header.add("rel_diff_" + run.name()));
            files.put(csvFile, new CsvTable(header, reference.losses().length, step -> {
                List<Object> row = new ArrayList<>(List.of(step));
                runs.forEach(run -> row.add(run.losses()[step]));
                differences.forEach(difference -> row.add(difference[step]));
                return row;
            }));
        }
        OutputFile.writeAll(files);
    }

    /** Whether a file asked for is {@code file}, which the command reads: writing it would lose what it read. */
    void refuseToOverwrite(Path file, String option) {
        for (OutputFile asked : Arrays.asList(plotFile, csvFile)) {
            if (asked != null && asked.isFile(file)) {
                throw new BadInput((asked == plotFile ? "--plot" : "--loss-csv") + " names the file of " + option
                        + ", which it would overwrite; give another");
            }
        }
    }
}
