package io.github.nnbackends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BadInputTest {

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of(new String[] {"--backend", "nope"},
                        "nn: no backend 'nope'; available: commons, ejml, nd4j, ojalgo"),
                Arguments.of(new String[] {"--backend"}, "'--backend'"),
                Arguments.of(new String[] {"--", "--steps", "3"},
                        "'--steps' comes after '--', which ends the options, and nn takes nothing else: drop '--'"),
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
                Arguments.of(new String[] {"extra"}, "'extra' is neither an option nor a command"),
                Arguments.of(new String[] {"backends", "--backend", "x"},
                        "--backend means nothing to 'nn backends': it is an option of 'nn train' and 'nn bench'"),
                Arguments.of(new String[] {"--backend-path", "no/such.jar"}, "--backend-path: 'no/such.jar' does not exist"),
                Arguments.of(new String[] {"--backend-path", ""}, "--backend-path: give it jars or directories, or "
                        + "leave it out"),
                Arguments.of(new String[] {"--backend-path", ":::"}, "--backend-path: an empty entry in ':::'; "
                        + "separate entries by a single ':'"),
                Arguments.of(new String[] {"--backend-path", ":no/such.jar:"}, "--backend-path: 'no/such.jar' does "
                        + "not exist"),
                Arguments.of(new String[] {"backends", "--backend-path", "pom.xml::pom.xml"},
                        "--backend-path: an empty entry in 'pom.xml::pom.xml'"),
                Arguments.of(new String[] {"--backend-path", "pom.xml"},
                        "--backend-path: 'pom.xml' is neither a jar nor a directory"),
                Arguments.of(new String[] {"--backend-path", "a\u0000b"}, "--backend-path: 'a"),
                Arguments.of(new String[] {"backends", "--backend-path", "no/such.jar"}, "'no/such.jar' does not exist"),
                Arguments.of(new String[] {"--backend-path", "x", "backends", "--backend-path", "y"},
                        "--backend-path is given twice; give it once"),
                Arguments.of(new String[] {"--backend", "nd4j", "--samples", "7", "bench"},
                        "--backend is an option of 'nn bench': give it after 'bench'"),
                Arguments.of(new String[] {"--seed", "3", "backends"},
                        "--seed means nothing to 'nn backends': it is an option of 'nn train', 'nn bench' and "
                                + "'nn compare' (see 'nn backends --help')"),
                Arguments.of(new String[] {"backends", "--seed", "3"},
                        "--seed means nothing to 'nn backends': it is an option of 'nn train', 'nn bench' and "
                                + "'nn compare' (see 'nn backends --help')"),
                Arguments.of(new String[] {"--steps", "3", "backends"}, "--steps means nothing to 'nn backends'"),
                Arguments.of(new String[] {"train", "--all"},
                        "--all means nothing to 'nn train': it is an option of 'nn bench' (see 'nn train --help')"),
                Arguments.of(new String[] {"--json"}, "--json means nothing to 'nn train': it is an option of "
                        + "'nn backends', 'nn bench' and 'nn compare'"),
                Arguments.of(new String[] {"compare", "--backend", "ejml"},
                        "--backend means nothing to 'nn compare': it is an option of 'nn train' and 'nn bench'"),
                Arguments.of(new String[] {"bench", "--reference", "ejml"},
                        "--reference means nothing to 'nn bench': it is an option of 'nn compare'"),
                Arguments.of(new String[] {"train", "train"}, "'train' is a command: name one, first (see 'nn --help')"),
                Arguments.of(new String[] {"backends", "bench"}, "'bench' is a command: name one, first"),
                Arguments.of(new String[] {"foo"}, "nn: 'foo' is neither an option nor a command (see 'nn --help')"),
                Arguments.of(new String[] {"--step", "3"}, "nn: unknown option --step (did you mean --steps?)"),
                Arguments.of(new String[] {"--bogus"}, "nn: unknown option --bogus (see 'nn train --help')"),
                Arguments.of(new String[] {"--backend", "@pom.xml"}, "no backend '@pom.xml'"),
                Arguments.of(new String[] {"compare", "--backends", "ejml,,nd4j"},
                        "--backends: an empty name in 'ejml,,nd4j'; separate names by single commas"),
                Arguments.of(new String[] {"compare", "--losses", ""}, "--losses: give the name of a file, or - for stdin"),
                Arguments.of(new String[] {"compare", "--losses", "."}, "--losses: '.' is a directory, not a file"),
                Arguments.of(new String[] {"--size", "huge"}, "'huge' is not a size nn knows: 'tutorial' or 'large'"),
                Arguments.of(new String[] {"bench", "--warmup", "-1"}, "'--warmup': '-1' is not a whole number from 0"),
                Arguments.of(new String[] {"bench", "--runs", "0"}, "'--runs': '0' is not a whole number from 1"),
                Arguments.of(new String[] {"bench", "--all", "--backend", "ejml"},
                        "--all and --backend exclude each other; give one"),
                Arguments.of(new String[] {"compare", "--tolerance", "-1"},
                        "'--tolerance': '-1' is not a finite number of at least 0"),
                Arguments.of(new String[] {"compare", "--tolerance", "NaN"}, "'--tolerance': 'NaN'"),
                Arguments.of(new String[] {"compare", "--backends", "ejml,nope"},
                        "nn: no backend 'nope'; available: commons, ejml, nd4j, ojalgo"),
                Arguments.of(new String[] {"compare", "--reference", "ejml", "--losses", "x"},
                        "--reference and --losses exclude each other; give one"),
                Arguments.of(new String[] {"compare", "--losses", "no/such/file"},
                        "--losses: cannot read 'no/such/file': no such file"),
                Arguments.of(new String[] {"compare", "--losses", "pom.xml", "--steps", "2"},
                        "--losses: 'pom.xml' has "),
                Arguments.of(new String[] {"help", "nope"}, "nn: 'nope' is not a command of nn (see 'nn --help')"),
                Arguments.of(new String[] {"--", "backends"},
                        "nn: 'backends' comes after '--', which ends the options, and nn takes nothing else: drop '--'"),
                Arguments.of(new String[] {"train", "--bogus", "--"},
                        "nn: unknown option --bogus (see 'nn train --help')"),
                Arguments.of(new String[] {"--help", "--backend-path"},
                        "nn: Missing required parameter for option '--backend-path' (PATH) (see 'nn --help')"),
                Arguments.of(new String[] {"--backend-path", "backends", "train", "--bogus"},
                        "nn: unknown option --bogus (see 'nn train --help')"));
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
