package io.github.nnbackends.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * The plain run's options ({@code PlainOptions}) are written from train's annotations ({@link PlainOptionsSource}):
 * every option picocli gives {@code nn train}, with its converter, reached through its mixin; the build's copy is
 * today's. That both parse alike is PlainTrainingTest's.
 */
class PlainOptionsSourceTest {

    @Test
    void listsEveryOptionPicocliGivesTrainWithItsConverter() {
        CommandLine train = NnCommand.commandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), new Failures()).getSubcommands().get(TrainCommand.NAME);
        Map<String, String> picocli = new TreeMap<>();
        for (OptionSpec option : train.getCommandSpec().options()) {
            if (!option.usageHelp() && !option.versionHelp() && !option.inherited()) {
                picocli.put(String.join(",", option.names()),
                        option.converters().length == 0 ? "" : option.converters()[0].getClass().getName());
            }
        }
        Map<String, String> listed = new TreeMap<>();
        for (PlainOptionsSource.Bound bound : PlainOptionsSource.options(TrainCommand.class)) {
            listed.put(String.join(",", bound.names()), bound.converter() == null ? "" : bound.converter().getName());
        }
        assertThat(listed).isEqualTo(picocli).hasSize(12).containsEntry("--seed", Converters.Seed.class.getName())
                .containsEntry("--backend", "").containsEntry("--fail-on-divergence", "");
    }

    @Test
    void reachesEachFieldThroughItsMixin() {
        assertThat(PlainOptionsSource.options(TrainCommand.class)).extracting(PlainOptionsSource.Bound::path)
                .contains("command.backend.name", "command.training.seed", "command.training.learningRate",
                        "command.files.plot", "command.failOnDivergence");
    }

    @Test
    void theBuildsOptionsAreTodays() {
        PlainTraining.Options built = PlainTraining.generated().orElseThrow();
        List<PlainOptionsSource.Bound> today = PlainOptionsSource.options(TrainCommand.class);

        assertThat(built.options()).isEqualTo(today.stream().map(PlainOptionsSource.Bound::option).toList());
        for (PlainOptionsSource.Bound bound : today) {
            assertThat(built.isFlag(bound.option())).as(bound.option()).isEqualTo(bound.type() == boolean.class);
        }
        assertThat(built.option("--steps")).isEqualTo("--steps");
        assertThat(built.option("--step")).isNull();
        assertThat(built.option("--backend-path")).as("not train's own: left to picocli").isNull();
    }

    @Test
    void writesTheSourceIntoItsPackagesFolder(@TempDir Path sources) throws Exception {
        PlainOptionsSource.main(new String[] {sources.toString()});

        String written = Files.readString(sources.resolve("io/github/nnbackends/cli/PlainOptions.java"));
        assertThat(written).isEqualTo(PlainOptionsSource.source(PlainOptionsSource.options(TrainCommand.class)))
                .contains("final class PlainOptions implements PlainTraining.Options")
                .contains("command.training.seed = io.github.nnbackends.cli.Converters.seed(value);")
                .contains("command.backend.name = value;", "command.failOnDivergence = true;")
                .contains("return option.equals(\"--fail-on-divergence\");");
    }

    /** A command whose options the generator must refuse or write as they are. */
    static final class Fixture {
        @Option(names = {"-n", "--name"})
        String name;

        @Mixin
        Inner inner;
    }

    static final class Inner {
        @Option(names = "--count")
        int count;
    }

    static final class Flags {
        @Option(names = {"-q", "--quiet"})
        String quiet;
    }

    @Test
    void refusesAnOptionItCannotConvertAsPicocliDoes() {
        assertThatIllegalStateException().isThrownBy(() -> PlainOptionsSource.options(Fixture.class))
                .withMessageStartingWith("command.inner.count: an option of train that is neither text nor a flag");
    }

    /** A converter with no reader beside it, as the plain run needs. */
    static final class Unread implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return Integer.valueOf(value);
        }
    }

    static final class WithoutReader {
        @Option(names = "--count", converter = Unread.class)
        int count;
    }

    /** Its reader gives a long, which the field cannot hold. */
    static final class WrongReader {
        @Option(names = "--seed", converter = Converters.Seed.class)
        int seed;
    }

    @Test
    void refusesAConverterWithoutAReaderTheFieldTakes() {
        assertThatIllegalStateException().isThrownBy(() -> PlainOptionsSource.options(WithoutReader.class))
                .withMessage("command.count: its converter " + Unread.class.getName() + " needs a reader beside it, "
                        + "static int unread(String), which the plain run calls instead");
        assertThatIllegalStateException().isThrownBy(() -> PlainOptionsSource.options(WrongReader.class))
                .withMessageContaining("static int seed(String)");
        assertThatIllegalStateException().isThrownBy(() -> PlainOptionsSource.options(PrivateReader.class))
                .withMessage("command.count: its converter " + PrivateReaders.Privy.class.getName() + " needs a "
                        + "reader beside it, static int privy(String), which the plain run calls instead");
        assertThatIllegalStateException().isThrownBy(() -> PlainOptionsSource.options(TopLevelReader.class))
                .withMessage("command.count: its converter " + TopLevelConverter.class.getName() + " needs a reader "
                        + "beside it, static int topLevelConverter(String), which the plain run calls instead");
        assertThat(PlainOptionsSource.options(TrainCommand.class)).filteredOn(bound -> bound.option().equals("--seed"))
                .extracting(PlainOptionsSource.Bound::reader).containsExactly("io.github.nnbackends.cli.Converters.seed");
    }

    /** A reader the generated class could not call: private. */
    static final class PrivateReaders {
        private static int privy(String value) {
            return Integer.parseInt(value);
        }

        static final class Privy implements ITypeConverter<Integer> {
            @Override
            public Integer convert(String value) {
                return privy(value);
            }
        }
    }

    static final class PrivateReader {
        @Option(names = "--count", converter = PrivateReaders.Privy.class)
        int count;
    }

    /** A converter with no class around it, where its reader would be. */
    static final class TopLevelReader {
        @Option(names = "--count", converter = TopLevelConverter.class)
        int count;
    }

    static final class Defaulted {
        @Option(names = "--count", defaultValue = "3", converter = Converters.Count.class)
        int count;
    }

    static final class OnAMethod {
        @Option(names = "--name")
        void name(String name) {
        }
    }

    static final class Split {
        @Option(names = "--names", split = ",")
        String names;
    }

    static final class WithArity {
        @Option(names = "--pair", arity = "2")
        String pair;
    }

    static final class WithFallback {
        @Option(names = "--level", fallbackValue = "high")
        String level;
    }

    static final class Negatable {
        @Option(names = "--color", negatable = true)
        boolean color;
    }

    static final class Required {
        @Option(names = "--name", required = true)
        String name;
    }

    @Test
    void refusesWhatThePlainRunWouldNotParseAsPicocliDoes() {
        for (Class<?> command : List.of(WithArity.class, WithFallback.class, Negatable.class, Required.class)) {
            assertThatIllegalStateException().as(command.getSimpleName())
                    .isThrownBy(() -> PlainOptionsSource.options(command))
                    .withMessageContaining(": an option of train with a default value, arity, split, ");
        }
        assertThatIllegalStateException().isThrownBy(() -> PlainOptionsSource.options(Defaulted.class))
                .withMessageStartingWith("command.count: an option of train with a default value, arity, split, ");
        assertThatIllegalStateException().isThrownBy(() -> PlainOptionsSource.options(Split.class))
                .withMessageStartingWith("command.names: an option of train with a default value, arity, split, ");
        assertThatIllegalStateException().isThrownBy(() -> PlainOptionsSource.options(OnAMethod.class))
                .withMessage("command.name(): an option of train on a method, which the plain run does not set; "
                        + "put it on a field");
    }

    static final class Ties {
        @Option(names = {"--aa", "--bb", "-c"})
        String tied;
    }

    @Test
    void keysAnOptionByTheNamePicocliKeysItBy() {
        List<PlainOptionsSource.Bound> bounds = PlainOptionsSource.options(Ties.class);
        OptionSpec picocli = CommandLine.Model.CommandSpec.forAnnotatedObject(new Ties()).findOption("-c");

        assertThat(bounds).singleElement().extracting(PlainOptionsSource.Bound::option)
                .isEqualTo(picocli.longestName()).isEqualTo("--aa");
    }

    @Test
    void keysAnOptionByItsLongestNameAndTakesEveryName() {
        String source = PlainOptionsSource.source(PlainOptionsSource.options(Flags.class));

        assertThat(source).contains("case \"-q\":\n            case \"--quiet\":\n                return \"--quiet\";")
                .contains("return List.of(\"--quiet\");").contains("return false;")
                .contains("case \"--quiet\":\n                command.quiet = value;");
    }
}

/** A converter of no class around it, for PlainOptionsSourceTest: a reader has no place beside it. */
final class TopLevelConverter implements picocli.CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
        return Integer.valueOf(value);
    }
}
