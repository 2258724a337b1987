package io.github.nnbackends.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.nnbackends.tck.NumpyFixture;
import io.github.nnbackends.train.Agreement;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrainCommandTest {

    private static final String LINE = "step: \\d+ loss: -?\\d+(\\.\\d+)?(e[+-]\\d\\d+)?";

    @Test
    void printsTheTutorialsTwoThousandLinesByDefault() {
        CliRun run = CliRun.of();
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).hasSize(2000).allMatch(line -> line.matches(LINE));
        assertThat(run.outLines().get(0)).startsWith("step: 0 loss: ");
        assertThat(run.outLines().get(1999)).startsWith("step: 1999 loss: ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ejml", "commons", "nd4j"})
    void printsNumpysLossesForTheSameSeedAndSizes(String backend) {
        for (NumpyFixture fixture : List.of(fixture("seed4294967295_n100"), fixture("seed7_n1_"))) {
            CliRun run = CliRun.of("--backend", backend, "--seed", Long.toString(fixture.seed()),
                    "--samples", Integer.toString(fixture.sizes().samples()),
                    "--inputs", Integer.toString(fixture.sizes().inputs()),
                    "--hidden", Integer.toString(fixture.sizes().hidden()),
                    "--outputs", Integer.toString(fixture.sizes().outputs()),
                    "--lr", Double.toString(fixture.learningRate()), "--steps", Integer.toString(fixture.steps()));
            assertThat(run.exitCode()).isZero();
            List<String> lines = run.outLines();
            assertThat(lines).hasSize(fixture.steps());
            for (int step = 0; step < fixture.steps(); step++) {
                String prefix = "step: " + step + " loss: ";
                assertThat(lines.get(step)).startsWith(prefix);
                double loss = Double.parseDouble(lines.get(step).substring(prefix.length()));
                assertThat(Agreement.relativeDifference(loss, fixture.losses()[step])).as(lines.get(step))
                        .isLessThanOrEqualTo(Agreement.TOLERANCE);
            }
        }
    }

    @Test
    void writesTheHeaderAndTheElapsedTimeToStderrOnly() {
        CliRun run = CliRun.of("--backend", "commons", "--seed", "42", "--steps", "3", "--samples", "5", "--inputs",
                "4", "--hidden", "3", "--outputs", "2", "--lr", "0.001");
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).hasSize(3);
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).isEqualTo("nn: backend commons (Commons Math "
                + Libraries.version("commons") + "), chosen by --backend, seed 42, samples 5, inputs 4, hidden 3, outputs 2, "
                + "lr 0.001, steps 3");
        assertThat(run.errLines().get(1)).matches("nn: 3 steps in \\d+\\.\\d{3} s \\(\\d+\\.\\d us/step\\)");
    }

    @Test
    void runsTheDefaultBackendWhenNoneIsNamed() {
        assertThat(CliRun.of("--steps", "1").errLines().get(0)).startsWith("nn: backend ejml (EJML ")
                .contains("), chosen by priority, seed 0");
    }

    @Test
    void saysOnceOnStderrWhereTheTrainingDivergedAndPrintsWhatNumpyPrints() {
        CliRun run = CliRun.of("--lr", "1", "--steps", "30");
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).hasSize(30).anyMatch(line -> line.endsWith(" loss: inf"))
                .anyMatch(line -> line.endsWith(" loss: nan"));
        int first = run.outLines().indexOf(run.outLines().stream().filter(line -> line.endsWith(" loss: inf"))
                .findFirst().orElseThrow());
        assertThat(run.errLines()).filteredOn(line -> line.contains("diverged")).containsExactly("nn: on ejml the loss "
                + "is inf at step " + first + ": the training diverged at lr 1.0; try a smaller one, such as --lr "
                + "0.0001");
        assertThat(CliRun.of("--lr", "1", "--steps", "30", "--fail-on-divergence").exitCode())
                .isEqualTo(ExitCode.DIVERGED);
        assertThat(CliRun.of("--steps", "30", "--fail-on-divergence").exitCode()).isZero();
    }

    @Test
    void suggestsATenthOfARateNoLargerThanTheDefaultOne() {
        assertThat(CliRun.of("--lr", "1e300", "--steps", "3").errLines()).filteredOn(line -> line.contains("diverged"))
                .singleElement().asString().endsWith("diverged at lr 1e+300; try a smaller one, such as --lr 0.0001");
        assertThat(CliRun.of("--lr", "1e-4", "--inputs", "2000", "--steps", "30").errLines())
                .filteredOn(line -> line.contains("diverged")).singleElement().asString()
                .endsWith("diverged at lr 0.0001; try a smaller one, such as --lr 1e-05");
    }

    @Test
    void refusesSizesThatCannotFitBeforeAllocatingAnything() {
        long start = System.nanoTime();
        CliRun run = CliRun.of("--samples", "20000", "--inputs", "20000", "--hidden", "20000", "--steps", "1");
        assertThat((System.nanoTime() - start) / 1e9).as("seconds before the answer").isLessThan(5);
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().startsWith("nn: not enough memory for samples 20000, "
                + "inputs 20000, hidden 20000, outputs 3: training needs about ").contains("and Java may use");
        CliRun nd4j = CliRun.of("--backend", "nd4j", "--samples", "20000", "--inputs", "20000", "--steps", "1");
        assertThat(nd4j.errLines()).singleElement().asString().contains("training on nd4j needs about ",
                " on the Java heap and ", " outside it, nn about ", " more, and Java may use ");
    }

    @Test
    void reportsTheTimeItTookAndTheTimeOfAStepInAgreement() {
        long start = System.nanoTime();
        CliRun run = CliRun.of("--backend", "ejml", "--steps", "400", "--samples", "300");
        double took = (System.nanoTime() - start) / 1e9;
        assertThat(run.exitCode()).isZero();
        Matcher time = Pattern.compile("nn: 400 steps in (\\d+\\.\\d{3}) s \\((\\d+\\.\\d) us/step\\)")
                .matcher(run.errLines().get(1));
        assertThat(time.matches()).as(run.errLines().get(1)).isTrue();
        double seconds = Double.parseDouble(time.group(1));
        double perStep = Double.parseDouble(time.group(2));
        assertThat(seconds).as("the training's seconds, within the run's").isPositive().isLessThanOrEqualTo(took);
        // Both are printed rounded: the seconds to 0.5 ms, the microseconds a step to 0.05 (400 steps: 20 us).
        assertThat(perStep * 400 / 1e6).isCloseTo(seconds, within(0.0005 + 0.05 * 400 / 1e6));
    }

    @Test
    void printsTheTimeAfterTheLastLossWhereBothGoToOneStream() {
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"--steps", "5"}, new LineOutput(both, Stdout.Kind.OTHER, System::nanoTime),
                both);
        assertThat(code).isZero();
        List<String> lines = both.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0)).startsWith("nn: backend ");
        assertThat(lines.subList(1, 6)).allMatch(line -> line.matches(LINE));
        assertThat(lines.get(6)).startsWith("nn: 5 steps in ");
    }

    @Test
    void aBackendWhoseFirstLossIsNanDivergedAtStepZero(@TempDir Path folder) throws IOException {
        Path nan = BrokenBackends.drifting(folder, 0, Double.NaN).toAbsolutePath();
        CliRun run = CliRun.of("--backend-path", nan.toString(), "--backend", "drifting", "--steps", "3",
                "--fail-on-divergence");
        assertThat(run.exitCode()).isEqualTo(ExitCode.DIVERGED);
        assertThat(run.outLines()).containsExactly("step: 0 loss: nan", "step: 1 loss: nan", "step: 2 loss: nan");
        assertThat(run.errLines()).filteredOn(line -> line.contains("diverged")).containsExactly(
                "nn: on drifting the loss is nan at step 0: the training diverged at lr 0.0001; try a smaller one, "
                        + "such as --lr 1e-05");
    }

    @Test
    void warnsOfADivergenceAfterTheLossesBeforeItWhereBothGoToOneStream(@TempDir Path folder) throws IOException {
        Path nan = BrokenBackends.drifting(folder, 2, Double.NaN).toAbsolutePath();
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        CliRun run = CliRun.to(both, both, "--backend-path", nan.toString(), "--backend", "drifting", "--steps", "4");
        assertThat(run.exitCode()).isZero();
        List<String> lines = both.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(7);
        assertThat(lines.subList(1, 3)).allMatch(line -> line.matches(LINE));
        assertThat(lines.get(3)).isEqualTo("step: 2 loss: nan");
        assertThat(lines.get(4)).startsWith("nn: on drifting the loss is nan at step 2: ");
        assertThat(lines.get(5)).isEqualTo("step: 3 loss: nan");
    }

    @Test
    void refusesToKeepMoreLossesThanMemoryHoldsBeforeTraining(@TempDir Path folder) {
        Path csv = folder.resolve("losses.csv");
        long steps = Runtime.getRuntime().maxMemory() / Double.BYTES + 1;
        assertThat(steps).as("a count of steps that --steps takes").isLessThan(Integer.MAX_VALUE);
        CliRun run = CliRun.of("--steps", Long.toString(steps), "--loss-csv", csv.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("nn: not enough memory to keep what " + steps + " steps compute: that needs ");
        assertThat(csv).doesNotExist();
    }

    @Test
    void acceptsTheLargestSeed() {
        CliRun run = CliRun.of("--seed", "4294967295", "--steps", "2");
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).hasSize(2);
    }

    @Test
    void trainsTheSameWithOrWithoutTheCommandsName() {
        CliRun bare = CliRun.of("--backend", "ejml", "--steps", "50", "--seed", "9");
        CliRun named = CliRun.of("train", "--backend", "ejml", "--steps", "50", "--seed", "9");
        assertThat(named.exitCode()).isZero();
        assertThat(named.out()).hasLineCount(50).isEqualTo(bare.out());
    }

    @Test
    void printsItsVersionAndHelp() {
        assertThat(CliRun.of("--version").out().strip()).matches("nn \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        CliRun help = CliRun.of("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("train", "backends", "bench", "compare", "--backend-path",
                "Exit codes:", "0     done", "1     failed", "2     bad input", "3     the training diverged",
                "130   stopped by SIGINT", "141   stdout");
        CliRun trainHelp = CliRun.of("train", "--help");
        assertThat(trainHelp.out()).contains("--backend", "--size", "--seed", "--steps", "--lr", "--samples",
                "--inputs", "--hidden", "--outputs", "--backend-path", "Exit codes:");
        assertThat(CliRun.of("--steps", "3", "--help").out()).as("options but no command: train's help")
                .isEqualTo(trainHelp.out());
        assertThat(CliRun.of("help", "bench").out()).isEqualTo(CliRun.of("bench", "--help").out());
        assertThat(CliRun.of("-hV").out()).as("nn's own options, clustered").isEqualTo(help.out());
    }

    @Test
    void showsTheTutorialsDefaultsInItsHelp() {
        assertThat(CliRun.of("train", "--help").out().replaceAll("\\s+", " ")).contains(
                "Default: tutorial.", "2^32-1. Default: 0.", "Default: 2000.", "Default: 0.0001, or that of --size",
                "Default: 100, or", "Default: 27, or", "Default: 9, or", "Default: 3, or");
    }

    private static NumpyFixture fixture(String namePrefix) {
        return NumpyFixture.all().stream().filter(f -> f.name().startsWith(namePrefix)).findFirst().orElseThrow();
    }
}
