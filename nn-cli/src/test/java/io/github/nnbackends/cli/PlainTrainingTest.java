package io.github.nnbackends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The plain training run's parse ({@link PlainTraining}) and picocli's agree: on generated lines of train's options
 * (every option, both forms, with and without 'train', in any order) both give the same settings; every other line
 * is left to picocli. It runs on the classes Maven builds, which include the generated options (PlainOptionsSource).
 */
class PlainTrainingTest {

    /** Values each option takes, all valid; sizes small enough together to be valid in any combination. */
    private static final Map<String, List<String>> VALUES = Map.ofEntries(
            Map.entry("--size", List.of("tutorial", "large", " LARGE ")),
            Map.entry("--seed", List.of("0", "7", "4294967295", " 12 ")),
            Map.entry("--steps", List.of("1", "3", "2000")),
            Map.entry("--lr", List.of("1e-4", "0.5", "1E-9", "3")),
            Map.entry("--samples", List.of("1", "100", "4096")),
            Map.entry("--inputs", List.of("1", "27")),
            Map.entry("--hidden", List.of("2", "9")),
            Map.entry("--outputs", List.of("1", "3")),
            Map.entry("--backend", List.of("ejml", "nd4j", "nope", "train", "bench")),
            Map.entry("--plot", List.of("losses.png", "a b.svg", "train")),
            Map.entry("--loss-csv", List.of("losses.csv", "=.csv")));

    static Stream<List<String>> trainingLines() {
        SplittableRandom random = new SplittableRandom(20261127);
        List<String> names = new ArrayList<>(VALUES.keySet());
        names.add("--fail-on-divergence");
        Collections.sort(names);
        return IntStream.range(0, 400).mapToObj(i -> {
            List<List<String>> options = new ArrayList<>();
            for (String name : names) {
                if (random.nextInt(3) > 0) {
                    continue;
                }
                if (!VALUES.containsKey(name)) {
                    options.add(List.of(name));
                    continue;
                }
                List<String> values = VALUES.get(name);
                String value = values.get(random.nextInt(values.size()));
                options.add(random.nextBoolean() ? List.of(name, value) : List.of(name + "=" + value));
            }
            Collections.shuffle(options, new java.util.Random(random.nextLong()));
            List<String> line = new ArrayList<>(random.nextBoolean() ? List.of("train") : List.of());
            options.forEach(line::addAll);
            return line;
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trainingLines")
    void parsesTrainingLinesAsPicocliDoes(List<String> line) {
        String[] args = line.toArray(String[]::new);
        assertThat(PlainTraining.parse(args)).as("taken without picocli").isPresent().get()
                .extracting(PlainTrainingTest::settings).isEqualTo(settings(picocli(args)));
    }

    static Stream<List<String>> otherLines() {
        return Stream.of(List.of("--help"), List.of("-h"), List.of("--version"), List.of("train", "--help"),
                List.of("backends"), List.of("bench", "--steps", "3"), List.of("--steps", "3", "bench"),
                List.of("help", "train"), List.of("--backend-path", "x.jar"), List.of("--steps"),
                List.of("--steps", "-1"), List.of("--steps", "0"), List.of("--steps", "x"), List.of("--steps="),
                List.of("--steps", "3", "--steps", "4"), List.of("--seed", "1", "--seed=2"), List.of("--bogus"),
                List.of("extra"), List.of("train", "train"), List.of("--fail-on-divergence=true"),
                List.of("--size", "huge"), List.of("--lr", "nan"), List.of("--lr", "0x1p-3"), List.of("--backend", ""),
                List.of("--samples", "2000000000", "--inputs", "2000000000"), List.of("--step", "3"),
                List.of("-steps", "3"), List.of("--STEPS", "3"), List.of("--", "--steps", "3"),
                List.of("@args.txt"), List.of("--tolerance", "1e-9"), List.of("--all"), List.of("--backend", "-x"),
                List.of("--plot", "--steps"), List.of("--loss-csv", "-"), List.of("--fail-on-divergence", "--backend"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherLines")
    void leavesEveryOtherLineToPicocli(List<String> line) {
        assertThat(PlainTraining.parse(line.toArray(String[]::new))).isEmpty();
    }

    @Test
    void leavesALineToPicocliWhereNnBackendPathNamesAPath() {
        String[] line = {"--steps", "3"};
        assertThat(PlainTraining.parse(line, "backends.jar")).isEmpty();
        assertThat(PlainTraining.parse(line, "")).as("set but empty, as if unset").isPresent();
        assertThat(PlainTraining.parse(line, null)).isPresent().get().extracting(PlainTrainingTest::settings)
                .isEqualTo(settings(picocli(line)));
    }

    @Test
    void leavesEveryLineToPicocliWithoutTheBuildsOptions() {
        assertThat(PlainTraining.parse(new String[] {"--steps", "3"}, null, Optional.empty())).isEmpty();
    }

    @Test
    void leavesEveryLineToPicocliWhereTheBuildsOptionsAreOlderThanTheFieldsTheySet() {
        PlainTraining.Options built = PlainTraining.generated().orElseThrow();
        PlainTraining.Options stale = new PlainTraining.Options() {
            @Override
            public List<String> options() {
                return built.options();
            }

            @Override
            public String option(String name) {
                return built.option(name);
            }

            @Override
            public boolean isFlag(String option) {
                return built.isFlag(option);
            }

            @Override
            public void set(TrainCommand command, String option, String value) {
                throw new NoSuchFieldError("hidden"); // as a class compiled against a field since renamed
            }
        };
        assertThat(PlainTraining.parse(new String[0], null, Optional.of(stale))).isEmpty();
        assertThat(PlainTraining.parse(new String[] {"--steps", "3"}, null, Optional.of(stale))).isEmpty();
    }

    /** Every setting of the run, defaults included, in one line: what two parses of the same line must agree on. */
    private static String settings(TrainCommand train) {
        return "backend " + train.backend.name().orElse("(default)") + " chosen by " + train.backend.rule()
                + ", seed " + train.training.seed() + ", " + train.training.sizes() + ", lr "
                + train.training.learningRate() + " (preset's " + train.training.presetLearningRate() + "), steps "
                + train.training.steps() + ", plot " + train.files.plot + ", loss csv " + train.files.csv
                + ", fail on divergence " + train.failOnDivergence;
    }

    /** The train command as picocli parses {@code args} on nn's whole command line. */
    private static TrainCommand picocli(String[] args) {
        StringWriter sink = new StringWriter();
        CommandLine nn = NnCommand.commandLine(new PrintWriter(sink), new PrintWriter(sink), new Failures());
        CommandLine.ParseResult parsed = nn.parseArgs(NnCommand.withCommand(nn, args));
        return parsed.subcommand().commandSpec().commandLine().getCommand();
    }
}
