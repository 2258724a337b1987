package io.github.nnbackends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.nnbackends.tck.NumpyFixture;
import io.github.nnbackends.train.Agreement;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

    private static final NumpyFixture NUMPY = NumpyFixture.all().stream()
            .filter(f -> f.name().startsWith("seed7_n1_")).findFirst().orElseThrow();

    @TempDir
    Path folder;

    @Test
    void everyBackendAgreesWithTheDefaultOneOnEveryStep() {
        CliRun run = CliRun.of("compare", "--steps", "200", "--seed", "5");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).hasSize(5);
        assertThat(run.outLines().get(0)).matches("BACKEND +LIBRARY +VERSION +US/STEP +FINAL LOSS +MAX REL DIFF "
                + "+FIRST STEP OVER");
        assertThat(run.outLines().get(1)).startsWith("ejml ").endsWith(" 0  reference");
        assertThat(run.outLines().subList(2, 5)).allMatch(line -> line.endsWith("  none"))
                .anyMatch(line -> line.startsWith("commons ")).anyMatch(line -> line.startsWith("nd4j "))
                .anyMatch(line -> line.startsWith("ojalgo "));
    }

    @Test
    void everyBackendAgreesWithNumpysOwnLosses() throws IOException {
        CliRun run = CliRun.of(withNumpysOptions("compare", "--losses", numpyLosses(List.of()).toString(), "--json"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).hasSize(4);
        for (String line : run.outLines()) {
            JsonObject json = JsonParser.parseString(line).getAsJsonObject();
            assertThat(json.get("max_rel_diff").getAsDouble()).isLessThanOrEqualTo(Agreement.TOLERANCE);
            assertThat(json.get("tolerance").getAsDouble()).isEqualTo(Agreement.TOLERANCE);
            assertThat(json.get("first_step_over").isJsonNull()).isTrue();
            assertThat(json.get("agrees").getAsBoolean()).isTrue();
            assertThat(json.get("final_loss").getAsDouble())
                    .isCloseTo(NUMPY.losses()[NUMPY.steps() - 1], Percentage.withPercentage(1e-7));
        }
    }

    @Test
    void failsNamingTheFirstStepWhereABackendDisagrees() throws IOException {
        Path changed = numpyLosses(List.of(17));
        CliRun run = CliRun.of(withNumpysOptions("compare", "--backends", "ejml", "--losses", changed.toString(),
                "--json"));
        assertThat(run.exitCode()).isEqualTo(1);
        JsonObject json = JsonParser.parseString(run.out().strip()).getAsJsonObject();
        assertThat(json.get("first_step_over").getAsInt()).isEqualTo(17);
        assertThat(json.get("agrees").getAsBoolean()).isFalse();
        assertThat(run.errLines()).singleElement().asString().startsWith("nn: ejml from step 17 (by ")
                .endsWith(") differs from " + changed + " by more than the tolerance "
                        + PythonFloat.repr(Agreement.TOLERANCE));
    }

    @Test
    void aBackendThatDriftsFromAStepMakesCompareFailNamingThatStep() throws IOException {
        Path drifting = BrokenBackends.drifting(folder, 17, 1e-6);
        CliRun run = CliRun.of("compare", "--backend-path", drifting.toString(), "--backends", "ejml,drifting",
                "--steps", "40");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).hasSize(3);
        assertThat(run.outLines().get(2)).startsWith("drifting ").endsWith("  17");
        assertThat(run.errLines()).singleElement().asString()
                .matches("nn: drifting from step 17 \\(by 9\\.9999\\d*e-07\\) differs from ejml by more than the "
                        + "tolerance 1e-09");
    }

    @Test
    void aToleranceOfZeroFindsTheFirstStepWhereTheLastBitsDiffer() {
        CliRun run = CliRun.of("compare", "--backends", "commons", "--reference", "ejml", "--steps", "5",
                "--tolerance", "0");
        assertThat(run.exitCode()).isEqualTo(1);
        // At step 0 already: Commons Math sums in another order than EJML, so the last bits differ at once.
        assertThat(run.outLines().get(1)).startsWith("ejml ").endsWith(" 0  reference");
        assertThat(run.outLines().get(2)).startsWith("commons ").endsWith("  0");
        CliRun json = CliRun.of("compare", "--backends", "commons", "--reference", "ejml", "--steps", "5",
                "--tolerance", "0", "--json");
        JsonObject commons = JsonParser.parseString(json.outLines().get(1)).getAsJsonObject();
        assertThat(commons.get("first_step_over").getAsInt()).isZero();
        assertThat(commons.get("agrees").getAsBoolean()).isFalse();
        assertThat(commons.get("reference").getAsString()).isEqualTo("ejml");
    }

    @Test
    void refusesAReferenceBackendAndAReferenceFileTogether() throws IOException {
        CliRun run = CliRun.of("compare", "--reference", "ejml", "--losses", numpyLosses(List.of()).toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("nn: --reference and --losses exclude each other; give one");
    }

    @Test
    void aBackendThatFailsWhileTrainingIsARowAndExitOneWhileTheOthersCompare() throws IOException {
        Path lazy = BrokenBackends.lazy(folder);
        CliRun run = CliRun.of(withNumpysOptions("compare", "--backend-path", lazy.toString(), "--losses",
                numpyLosses(List.of()).toString()));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).filteredOn(line -> line.startsWith("lazy ")).singleElement().asString()
                .contains("failed: backend 'lazy' failed in ");
        assertThat(run.outLines()).filteredOn(line -> line.endsWith("  none")).hasSize(4);
    }

    @Test
    void aLossesFileThatCannotBeReadSaysWhy() throws IOException {
        Path binary = Files.write(folder.resolve("binary"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        Path directory = Files.createDirectory(folder.resolve("a-folder"));
        Path tooShort = Files.write(folder.resolve("short.txt"), List.of("step: 0 loss: 1.5"));
        Path wrong = Files.write(folder.resolve("wrong.txt"), List.of("step: 0 loss: 1.5", "step: 2 loss: 1.0"));
        for (List<String> caseAndMessage : List.of(
                List.of(binary.toString(), "--losses: cannot read '" + binary + "': not text (UTF-8)"),
                List.of(directory.toString(), "--losses: '" + directory + "' is a directory, not a file"),
                List.of(tooShort.toString(), "--losses: '" + tooShort + "' has 1 lines, but --steps is 2; give the "
                        + "options of the run that wrote it"),
                List.of(wrong.toString(), "--losses: line 2 of '" + wrong + "' is not 'step: 1 loss: L': "
                        + "'step: 2 loss: 1.0'"),
                List.of("", "--losses: give the name of a file, or - for stdin"))) {
            CliRun run = CliRun.of("compare", "--steps", "2", "--losses", caseAndMessage.get(0));
            assertThat(run.exitCode()).as(caseAndMessage.get(0)).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.errLines()).singleElement().asString().startsWith("nn: " + caseAndMessage.get(1));
        }
    }

    @Test
    void aLooserToleranceLetsTheSameDifferencePass() throws IOException {
        CliRun run = CliRun.of(withNumpysOptions("compare", "--backends", "ejml", "--losses",
                numpyLosses(List.of(17)).toString(), "--tolerance", "1e-3"));
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void comparesEveryBackendWithAFileWhateverItsName() throws IOException {
        Path named = Files.move(numpyLosses(List.of()), folder.resolve("ejml"));
        CliRun run = CliRun.of(withNumpysOptions("compare", "--losses", named.toString(), "--json",
                "--backends", "ejml,nd4j,ejml"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).extracting(line -> JsonParser.parseString(line).getAsJsonObject().get("backend")
                .getAsString()).containsExactly("ejml", "nd4j");
    }

    @Test
    void saysWhichLineOfTheLossesIsNotALoss() throws IOException {
        Path file = Files.writeString(folder.resolve("bad.txt"), "step: 0 loss: 1.5\nstep: 1 loss: one\n");
        CliRun run = CliRun.of("compare", "--losses", file.toString(), "--steps", "2");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString()
                .contains("--losses: line 2 of '" + file + "' is not 'step: 1 loss: L': 'step: 1 loss: one'");
    }

    @Test
    void saysWhereTheTrainingDivergedOnEachBackend() {
        CliRun run = CliRun.of("compare", "--backends", "commons", "--reference", "ejml", "--lr", "1", "--steps", "30");
        assertThat(run.outLines()).hasSize(3);
        assertThat(run.errLines()).hasSize(2).satisfiesExactly(
                ejml -> assertThat(ejml).matches("nn: on ejml the loss is inf at step \\d+: the training diverged at "
                        + "lr 1\\.0; try a smaller one, such as --lr 0\\.0001"),
                commons -> assertThat(commons).matches("nn: on commons the loss is inf at step \\d+: the training "
                        + "diverged at lr 1\\.0; try a smaller one, such as --lr 0\\.0001"));
    }

    @Test
    void theBackendThatReferenceNamesIsTheReference() {
        CliRun run = CliRun.of("compare", "--backends", "ejml", "--reference", "commons", "--steps", "3", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonObject> rows = run.outLines().stream().map(line -> JsonParser.parseString(line).getAsJsonObject())
                .toList();
        assertThat(rows).extracting(row -> row.get("backend").getAsString()).containsExactly("commons", "ejml");
        assertThat(rows).allSatisfy(row -> assertThat(row.get("reference").getAsString()).isEqualTo("commons"));
        assertThat(rows.get(0).get("max_rel_diff").getAsDouble()).isZero();
    }

    @Test
    void theMicrosecondsPerStepAreTheMedianOfTheStepsTimes() {
        int steps = 50;
        long start = System.nanoTime();
        CliRun run = CliRun.of("compare", "--backends", "ejml", "--reference", "commons", "--steps",
                Integer.toString(steps), "--json");
        double elapsedMicros = (System.nanoTime() - start) / 1e3;
        assertThat(run.exitCode()).as(run.err()).isZero();
        // At least half the steps took the median or longer, and all of them took less than the whole run.
        assertThat(run.outLines()).hasSize(2).allSatisfy(line -> assertThat(JsonParser.parseString(line)
                .getAsJsonObject().get("us_per_step").getAsDouble()).isPositive()
                .isLessThanOrEqualTo(elapsedMicros / (steps / 2.0)));
    }

    @Test
    void refusesStepsWhoseLossesCannotBeKeptBeforeTraining() {
        CliRun run = CliRun.of("compare", "--backends", "ejml", "--steps", Integer.toString(1 << 30));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        // 5 numbers a step, of 8 bytes: ejml's loss and the reference's, the difference of each to the reference,
        // and ejml's time: 40 GiB for 2^30 steps.
        assertThat(run.errLines()).singleElement().asString().startsWith("nn: not enough memory to keep what "
                + (1 << 30) + " steps compute: that needs 40.0 GiB, the training about ");
    }

    @Test
    void theFirstStepsDifferenceIsTheOneItExceedsTheToleranceBy() {
        CliRun run = CliRun.of("compare", "--backends", "commons", "--reference", "ejml", "--steps", "1",
                "--tolerance", "0", "--json");
        assertThat(run.exitCode()).isEqualTo(1);
        JsonObject ejml = JsonParser.parseString(run.outLines().get(0)).getAsJsonObject();
        JsonObject commons = JsonParser.parseString(run.outLines().get(1)).getAsJsonObject();
        // One step: its loss is the final loss, and its difference the largest.
        double difference = Agreement.relativeDifference(commons.get("final_loss").getAsDouble(),
                ejml.get("final_loss").getAsDouble());
        assertThat(difference).isPositive();
        assertThat(commons.get("max_rel_diff").getAsDouble()).isEqualTo(difference);
        assertThat(run.errLines()).containsExactly("nn: commons from step 0 (by " + PythonFloat.repr(difference)
                + ") differs from ejml by more than the tolerance 0.0");
    }

    @Test
    void aBackendOfThePathThatCannotStartIsARowAndExitOne() throws IOException {
        Path broken = BrokenBackends.jar(folder);
        CliRun run = CliRun.of("compare", "--backend-path", broken.toString(), "--reference", "ejml", "--steps", "3");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).hasSize(6);
        assertThat(run.outLines().get(1)).isEqualTo("nonative failed: " + BrokenBackends.NONATIVE_UNAVAILABLE);
        assertThat(run.outLines().get(2)).startsWith("ejml ").endsWith(" reference");
        // The largest difference to three significant digits: Commons Math sums in another order than EJML.
        assertThat(run.outLines().get(3)).startsWith("commons ").matches(".* \\d\\.\\d\\de-\\d\\d  none");
        CliRun json = CliRun.of("compare", "--backend-path", broken.toString(), "--reference", "ejml", "--steps", "3",
                "--json");
        assertThat(json.outLines().get(0)).isEqualTo(new JsonLine().put("backend", "nonative")
                .put("error", BrokenBackends.NONATIVE_UNAVAILABLE).toString());
        assertThat(run.errLines()).containsExactlyElementsOf(Stream.concat(BrokenBackends.JAR_UNUSABLE.stream(),
                Stream.of("nn: " + BrokenBackends.NONATIVE_UNAVAILABLE)).toList());
    }

    @Test
    void aNamedBackendThatCannotStartEndsTheComparisonAndClosesThoseStarted() throws IOException {
        Path log = folder.resolve("events.txt");
        String path = BrokenBackends.jar(folder) + File.pathSeparator + BrokenBackends.counting(folder, log);
        CliRun run = CliRun.of("compare", "--backend-path", path, "--backends", "counting,nonative", "--reference",
                "ejml", "--steps", "3");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).last().isEqualTo("nn: " + BrokenBackends.NONATIVE_UNAVAILABLE);
        assertThat(EventLog.read(log)).as("counting, started, is closed untrained").containsExactly("create", "close");
    }

    @Test
    void aReferenceThatFailsWhileTrainingEndsTheComparisonAndClosesTheOthers() throws IOException {
        Path log = folder.resolve("events.txt");
        String path = BrokenBackends.lazy(folder) + File.pathSeparator + BrokenBackends.counting(folder, log);
        CliRun run = CliRun.of("compare", "--backend-path", path, "--reference", "lazy", "--backends", "counting",
                "--steps", "3");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).singleElement().asString().startsWith("BACKEND ");
        assertThat(run.errLines()).containsExactly(
                "nn: backend 'lazy' failed in fromRowMajor: NoClassDefFoundError: org/lib/Matrix");
        assertThat(EventLog.read(log)).as("counting, nothing to compare with, is closed untrained")
                .containsExactly("create", "close");
    }

    @Test
    void aReferenceThatCannotBeUsedIsSaidOnce() throws IOException {
        Path older = BrokenBackends.olderSpi(folder);
        CliRun run = CliRun.of("compare", "--backend-path", older.toString(), "--reference", "older", "--steps", "3");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith("nn: backend 'older' ");
    }

    @Test
    void eachRowGoesOutAsSoonAsItsBackendIsDone() throws IOException {
        Path log = folder.resolve("events.txt");
        Path counting = BrokenBackends.counting(folder, log);
        CliRun run = CliRun.to(EventLog.stream(log, "stdout"), new ByteArrayOutputStream(), "compare",
                "--backend-path", counting.toString(), "--reference", "ejml", "--backends", "counting", "--steps", "3");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(EventLog.read(log)).containsExactly("create", "stdout BACKEND", "stdout ejml", "loss", "loss",
                "loss", "close", "stdout counting");
    }

    @Test
    void aBackendThatCannotStartIsToldBeforeAnyTrains() throws IOException {
        Path log = folder.resolve("events.txt");
        String path = BrokenBackends.jar(folder) + File.pathSeparator + BrokenBackends.counting(folder, log);
        CliRun run = CliRun.to(EventLog.stream(log, "stdout"), new ByteArrayOutputStream(), "compare",
                "--backend-path", path, "--reference", "counting", "--steps", "2");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(EventLog.read(log)).startsWith("create", "stdout BACKEND", "stdout nonative", "loss", "loss",
                "close", "stdout counting");
    }

    @Test
    void readsTheLossesFromStdinForDash() throws IOException {
        String losses = Files.readString(numpyLosses(List.of()));
        CliRun run = withStdin(new ByteArrayInputStream(losses.getBytes(StandardCharsets.UTF_8)),
                withNumpysOptions("compare", "--backends", "ejml", "--losses", "-", "--json"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonObject ejml = JsonParser.parseString(run.out().strip()).getAsJsonObject();
        assertThat(ejml.get("reference").getAsString()).isEqualTo("stdin");
        assertThat(ejml.get("agrees").getAsBoolean()).isTrue();
    }

    @Test
    void aStdinThatCannotBeReadSaysWhy() {
        InputStream binary = new ByteArrayInputStream(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        assertThat(withStdin(binary, "compare", "--losses", "-", "--steps", "2").errLines()).singleElement()
                .asString().startsWith("nn: --losses: cannot read '-': not text (UTF-8)");
        assertThat(withStdin(failing(new IOException("Input/output error")), "compare", "--losses", "-", "--steps",
                "2").errLines()).singleElement().asString()
                .startsWith("nn: --losses: cannot read '-': Input/output error");
        assertThat(withStdin(failing(new IOException()), "compare", "--losses", "-", "--steps", "2").errLines())
                .singleElement().asString().startsWith("nn: --losses: cannot read '-': IOException");
    }

    @Test
    void aLossesFileNameThatIsNoPathIsRefused() {
        // A name the JVM cannot make a path of: one not in the file system's encoding (a non-ASCII name under the C
        // locale), or on Windows one such as 'a?b'; a NUL stands for them here.
        CliRun run = CliRun.of("compare", "--losses", "a\u0000b", "--steps", "2");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith("nn: --losses: cannot read '")
                .contains("': not a usable path");
    }

    /** A run of {@code args} whose stdin is {@code in}. */
    private static CliRun withStdin(InputStream in, String... args) {
        InputStream stdin = System.in;
        System.setIn(in);
        try {
            return CliRun.of(args);
        } finally {
            System.setIn(stdin);
        }
    }

    /** A stdin whose every read fails with {@code failure}. */
    private static InputStream failing(IOException failure) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                throw failure;
            }

            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                throw failure;
            }
        };
    }

    /** numpy's losses as the tutorial printed them, with those of {@code changedSteps} made larger by 1e-6. */
    private Path numpyLosses(List<Integer> changedSteps) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int step = 0; step < NUMPY.steps(); step++) {
            double loss = NUMPY.losses()[step] * (changedSteps.contains(step) ? 1 + 1e-6 : 1);
            lines.add("step: " + step + " loss: " + PythonFloat.repr(loss));
        }
        return Files.write(folder.resolve("numpy.txt"), lines, StandardCharsets.UTF_8);
    }

    private static String[] withNumpysOptions(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--seed", Long.toString(NUMPY.seed()), "--samples",
                Integer.toString(NUMPY.sizes().samples()), "--inputs", Integer.toString(NUMPY.sizes().inputs()),
                "--hidden", Integer.toString(NUMPY.sizes().hidden()), "--outputs",
                Integer.toString(NUMPY.sizes().outputs()), "--lr", PythonFloat.repr(NUMPY.learningRate()),
                "--steps", Integer.toString(NUMPY.steps())));
        return all.toArray(String[]::new);
    }
}
