package io.github.nnbackends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nnbackends.cli.chart.Charts;
import io.github.nnbackends.train.Agreement;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three pictures, read back, and the CSV beside each: the numbers they draw, as the commands print them. */
class PicturesTest {

    /** A chart's frame, axes, labels and one line ink well over this share of its pixels; a blank one none. */
    private static final double INKED_AT_LEAST = 0.02;
    /** A series drawn across the plot leaves at least this many pixels of its exact colour. */
    private static final long PIXELS_OF_A_SERIES = 200;

    @TempDir
    Path folder;

    @Test
    void trainingDrawsItsLossCurveAndWritesEveryLossItPrinted() throws IOException {
        Path png = folder.resolve("loss.png");
        Path csv = folder.resolve("loss.csv");
        CliRun run = CliRun.of("--backend", "ejml", "--steps", "300", "--plot", png.toString(), "--loss-csv",
                csv.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows).hasSize(301).first().isEqualTo("step,loss");
        for (int step = 0; step < 300; step++) {
            assertThat(rows.get(step + 1)).isEqualTo(step + "," + run.outLines().get(step).split(" loss: ")[1]);
        }
        Picture picture = Picture.png(png);
        assertThat(picture.inked()).isGreaterThan(INKED_AT_LEAST);
        assertThat(picture.pixelsOf(Charts.color(0))).isGreaterThan(PIXELS_OF_A_SERIES);
        // A white page, as on a page of the README, not a window's grey.
        assertThat(picture.image().getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(picture.image().getRGB(Charts.WIDTH - 1, Charts.HEIGHT - 1) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(folder.toFile().list()).containsExactlyInAnyOrder("loss.png", "loss.csv");
    }

    @Test
    void trainingsChartHasATitleAxesAndALegend() throws IOException {
        Path svg = folder.resolve("loss.svg");
        CliRun run = CliRun.of("--backend", "commons", "--steps", "20", "--plot", svg.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Picture.svgText(svg)).contains("nn: loss per step; backend commons", ">step<",
                ">loss (log scale)<", ">commons<");
    }

    @Test
    void compareDrawsEveryCurveAndEachDifferenceToTheReferenceBelowThem() throws IOException {
        Path png = folder.resolve("compare.png");
        Path csv = folder.resolve("compare.csv");
        CliRun run = CliRun.of("compare", "--backends", "ejml,commons,ojalgo", "--steps", "100", "--plot",
                png.toString(), "--loss-csv", csv.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows).hasSize(101).first().isEqualTo(
                "step,loss_ejml,loss_commons,loss_ojalgo,rel_diff_commons,rel_diff_ojalgo");
        for (String row : rows.subList(1, rows.size())) {
            double[] v = List.of(row.split(",")).stream().mapToDouble(Double::parseDouble).toArray();
            assertThat(v[4]).isEqualTo(Agreement.relativeDifference(v[2], v[1]));
            assertThat(v[5]).isEqualTo(Agreement.relativeDifference(v[3], v[1]));
        }
        Picture picture = Picture.png(png);
        assertThat(picture.inked()).isGreaterThan(INKED_AT_LEAST);
        // commons' and ojalgo's differences below, in their colours of the curves above; the tolerance in red.
        assertThat(picture.pixelsOf(Charts.color(1))).isGreaterThan(PIXELS_OF_A_SERIES);
        assertThat(picture.pixelsOf(Charts.color(2))).isGreaterThan(PIXELS_OF_A_SERIES);
        assertThat(picture.pixelsOf(Color.RED)).isGreaterThan(PIXELS_OF_A_SERIES);
    }

    @Test
    void comparesChartNamesTheReferenceTheToleranceAndEveryBackend() throws IOException {
        Path svg = folder.resolve("compare.svg");
        CliRun run = CliRun.of("compare", "--backends", "ojalgo,commons", "--reference", "ejml", "--steps", "20",
                "--plot", svg.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Picture.svgText(svg)).contains("nn compare: loss per step", "relative difference to ejml",
                "tolerance 1E-9", ">ejml<", ">ojalgo<", ">commons<");
    }

    @Test
    void sweepDrawsMicrosecondsPerStepAgainstSizeForEveryBackend() throws IOException {
        Path png = folder.resolve("sweep.png");
        Path csv = folder.resolve("sweep.csv");
        CliRun run = CliRun.of("bench", "--sweep", "samples=8,16,32", "--steps", "5", "--warmup", "0", "--runs", "1",
                "--plot", png.toString(), "--csv", csv.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).hasSize(1 + 12 + 1);
        assertThat(run.outLines().get(13)).startsWith("fastest by samples: ");
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows).hasSize(13);
        assertThat(rows.get(0)).startsWith("backend,samples,inputs,hidden,outputs,lr,");
        assertThat(rows.subList(1, 13)).extracting(row -> row.split(",")[1])
                .containsExactly("8", "8", "8", "8", "16", "16", "16", "16", "32", "32", "32", "32");
        Picture picture = Picture.png(png);
        assertThat(picture.inked()).isGreaterThan(INKED_AT_LEAST);
        for (int backend = 0; backend < 4; backend++) {
            assertThat(picture.pixelsOf(Charts.color(backend))).as("backend %d", backend)
                    .isGreaterThan(PIXELS_OF_A_SERIES);
        }
    }

    @Test
    void sweepsChartLabelsItsAxesAndEveryBackend() throws IOException {
        Path svg = folder.resolve("sweep.svg");
        CliRun run = CliRun.of("bench", "--sweep", "scale=1,2", "--steps", "3", "--warmup", "0", "--runs", "1",
                "--plot", svg.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Picture.svgText(svg)).contains("nn bench --sweep scale", "microseconds per step (log scale)",
                "scale (all four sizes times) (log scale)", ">commons<", ">ejml<", ">nd4j<", ">ojalgo<");
    }

    @Test
    void sweepsSizeAxisIsLabelledWithTheSizesSwept() throws IOException {
        Path svg = folder.resolve("narrow.svg");
        CliRun run = CliRun.of("bench", "--sweep", "samples=100,110,1200", "--steps", "2", "--warmup", "0",
                "--runs", "1", "--plot", svg.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Picture.svgText(svg)).contains(">100<", ">110<", ">1,200<");
        // --json keeps stdout one object per backend and size; the summary line goes to stderr.
        assertThat(run.outLines()).hasSize(12).allMatch(line -> line.startsWith("{\"backend\":"));
        assertThat(run.errLines()).singleElement().asString().startsWith("nn: fastest by samples: ");
    }

    @Test
    void aToleranceAsLargeAsADoubleStillDraws() throws IOException {
        Path png = folder.resolve("huge.png");
        CliRun run = CliRun.of("compare", "--backends", "ejml,commons", "--steps", "5", "--tolerance", "1e308",
                "--plot", png.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Picture.png(png).inked()).isGreaterThan(INKED_AT_LEAST);
    }
}
