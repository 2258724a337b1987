package io.github.nnbackends.tck.selftest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.nnbackends.spi.BackendProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * The kit tested as JUnit's test kit tests engines: run whole on a right backend, it passes every test; run on each
 * of {@link Wrong}'s backends, it fails, and one of its messages names what is wrong.
 */
class KitSelfTest {

    private static final List<String> TABLE = new ArrayList<>();

    /** The outcome of one run of the kit. */
    record Run(long tests, long failed, List<String> messages) {
    }

    static Stream<Arguments> wrongBackends() {
        return Stream.of(
                Arguments.of(new Wrong.Unregistered(), "names [", "but not " + Wrong.Unregistered.class.getName()),
                Arguments.of(new Wrong.Misspelt(), "but not " + Wrong.Misspelt.class.getName(),
                        "it names no class as [" + Wrong.class.getName() + "$Misspel] (misspelt?)"),
                Arguments.of(new Wrong.LibraryNotBundled(), "its jar lacks the class org.lib.DenseMatrix",
                        "bundle the library"),
                Arguments.of(new Wrong.OlderSpi(), "spiVersion() says 1.0", "this kit is for SPI"),
                Arguments.of(new Wrong.SkipsZeroFactors(), "should be NaN but is", "NaN·0 and ∞·0 are NaN"),
                Arguments.of(new Wrong.AlphaZeroShortcut(), "alpha 0.0", "should be NaN but is"),
                Arguments.of(new Wrong.ScaleSkipsLastColumn(), "scale by", "element [0,3]"),
                Arguments.of(new Wrong.ReadsCWhenBetaIsZero(), "c is not read, so its NaN and ∞ must not survive",
                        "should be 26.0 but is NaN"),
                Arguments.of(new Wrong.IgnoresTransposeB(), "b transposed", "should be"),
                Arguments.of(new Wrong.ReluDropsNaN(), "relu of [NaN, -1] in place", "should be NaN but is 0.0"),
                Arguments.of(new Wrong.MaskAtZero(), "zero only where pre < 0", "should be 20.0 but is 0.0"),
                Arguments.of(new Wrong.AddScaledModifiesX(), "addScaled's x, which it must not modify", "should be"),
                Arguments.of(new Wrong.FloatSum(), "sumOfSquares", "should be"),
                Arguments.of(new Wrong.SharesItsArray(), "toRowMajor returned (it must be a copy)", "is 99.0"),
                Arguments.of(new Wrong.DropsTheLastBlock(), "gemm 70×65·65×70", "element [64,"),
                Arguments.of(new Wrong.FloatSumsInLongProducts(), "doubles values", "(any order of summation)"),
                Arguments.of(new Wrong.SharesScratchBetweenInstances(), "while another trained on another thread",
                        "Expecting"),
                Arguments.of(new Wrong.FlushesSubnormals(), "edge values", "should be -4.9E-324 but is -0.0"));
    }

    @Test
    void theKitPassesARightBackendWhole() {
        Run run = kitOn(new ArrayProvider());
        assertThat(run.failed()).as("failures of the kit on a right backend: %s", run.messages()).isZero();
        assertThat(run.tests()).as("tests the kit ran").isGreaterThan(1000);
        TABLE.add(String.format("| right backend (plain arrays) | %d | 0 | |", run.tests()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongBackends")
    void theKitFailsAWrongBackendAndSaysWhy(BackendProvider wrong, String said, String alsoSaid) {
        Run run = kitOn(wrong);
        assertThat(run.failed()).as("tests of the kit that fail %s", wrong.name()).isPositive();
        assertThat(run.messages()).as("the kit's messages for %s", wrong.name())
                .anyMatch(message -> message.contains(said) && message.contains(alsoSaid));
        TABLE.add(String.format("| %s | %d | %d | %s |", wrong.name(), run.tests(), run.failed(),
                oneLine(run.messages().get(0)).replace("|", "\\|")));
    }

    @AfterAll
    static void printTheTable() {
        System.out.println("| backend | kit tests | failed | first message |");
        System.out.println("|---|---:|---:|---|");
        TABLE.forEach(System.out::println);
    }

    private static Run kitOn(BackendProvider provider) {
        TargetKit.target = provider;
        try {
            Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(TargetKit.class)).execute()
                    .allEvents();
            List<String> messages = tests.failed().stream().map(KitSelfTest::message).toList();
            long started = tests.started().filter(e -> e.getTestDescriptor().isTest()).count();
            return new Run(started, messages.size(), messages);
        } finally {
            TargetKit.target = new ArrayProvider();
        }
    }

    /** A message on one line, at most 240 characters: for the table. */
    private static String oneLine(String message) {
        String line = message.lines().map(String::strip).filter(l -> !l.isEmpty())
                .reduce((a, b) -> a + " " + b).orElse("");
        return line.length() <= 240 ? line : line.substring(0, 237) + "...";
    }

    private static String message(Event event) {
        return event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                .map(e -> e.getClass().getSimpleName() + ": " + e.getMessage()).orElse("(no message)");
    }
}
