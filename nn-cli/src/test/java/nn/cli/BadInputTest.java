package nn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BadInputTest {

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of(new String[] {"--backend", "nope"}, "nn: No backend 'nope'. Available: commons, ejml, nd4j"),
                Arguments.of(new String[] {"--backend"}, "'--backend'"),
                Arguments.of(new String[] {"--steps", "0"}, "'--steps': '0' is not a whole number from 1"),
                Arguments.of(new String[] {"--steps", "-3"}, "'--steps': '-3' is not a whole number from 1"),
                Arguments.of(new String[] {"--steps", "ten"}, "'--steps': 'ten' is not a whole number"),
                Arguments.of(new String[] {"--steps", "99999999999"}, "'--steps': '99999999999' is not a whole number"),
                Arguments.of(new String[] {"--samples", "0"}, "'--samples': '0' is not a whole number from 1"),
                Arguments.of(new String[] {"--inputs", "-1"}, "'--inputs': '-1'"),
                Arguments.of(new String[] {"--hidden", "1.5"}, "'--hidden': '1.5'"),
                Arguments.of(new String[] {"--outputs", ""}, "'--outputs': ''"),
                Arguments.of(new String[] {"--samples", "100000", "--inputs", "100000"},
                        "samples × inputs = 10000000000 elements is more than one matrix can hold"),
                Arguments.of(new String[] {"--lr", "0"}, "'--lr': '0' is not a positive finite number"),
                Arguments.of(new String[] {"--lr", "-1e-4"}, "'--lr': '-1e-4' is not a positive finite number"),
                Arguments.of(new String[] {"--lr", "NaN"}, "'--lr': 'NaN' is not a positive finite number"),
                Arguments.of(new String[] {"--lr", "Infinity"}, "'--lr': 'Infinity'"),
                Arguments.of(new String[] {"--lr", "1e400"}, "'--lr': '1e400'"),
                Arguments.of(new String[] {"--lr", "fast"}, "'--lr': 'fast'"),
                Arguments.of(new String[] {"--seed", "-1"}, "'--seed': '-1' is not a whole number from 0 to 4294967295"),
                Arguments.of(new String[] {"--seed", "4294967296"}, "'--seed': '4294967296' is not a whole number"),
                Arguments.of(new String[] {"--seed", "x"}, "'--seed': 'x'"),
                Arguments.of(new String[] {"--bogus"}, "Unknown option: '--bogus'"),
                Arguments.of(new String[] {"extra"}, "'extra'"),
                Arguments.of(new String[] {"backends", "--backend", "x"}, "Unknown option"),
                Arguments.of(new String[] {"--backend-path", "no/such.jar"}, "--backend-path: 'no/such.jar' does not exist"),
                Arguments.of(new String[] {"--backend-path", "pom.xml"},
                        "--backend-path: 'pom.xml' is neither a jar nor a directory"),
                Arguments.of(new String[] {"backends", "--backend-path", "no/such.jar"}, "'no/such.jar' does not exist"),
                Arguments.of(new String[] {"--backend", "nd4j", "--samples", "7", "bench"},
                        "--backend, --samples before 'bench' would be ignored; give them after 'bench'"),
                Arguments.of(new String[] {"--seed", "3", "backends"},
                        "--seed before 'backends' would be ignored; give it after 'backends'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void saysWhatIsWrongInOneLineAndExitsWithTwo(String[] args, String expected) {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).as("nothing on stdout").isEmpty();
        assertThat(run.errLines()).as("one line on stderr").hasSize(1);
        assertThat(run.err()).startsWith("nn: ").contains(expected).doesNotContain("Exception", "\tat ");
    }
}
