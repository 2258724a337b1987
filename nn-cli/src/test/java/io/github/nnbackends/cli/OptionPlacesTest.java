package io.github.nnbackends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine;

/**
 * Every option of every command, given where it means nothing (to another command, before or after its name) or
 * before its own command's name: one line that says so, exit code 2, nothing on stdout. The cases come from the
 * commands themselves, so a new option or command is covered without a new line here.
 */
class OptionPlacesTest {

    private static final StringWriter SINK = new StringWriter();
    private static final CommandLine NN = NnCommand.commandLine(new PrintWriter(SINK), new PrintWriter(SINK),
            new Failures());

    static Stream<Arguments> misplacedOptions() {
        List<Arguments> cases = new ArrayList<>();
        Map<String, CommandLine> commands = NN.getSubcommands();
        for (CommandLine owner : commands.values()) {
            for (OptionSpec option : owner.getCommandSpec().options()) {
                if (option.inherited() || option.usageHelp() || option.versionHelp()) {
                    continue;
                }
                String name = option.longestName();
                List<String> given = option.arity().min() > 0 ? List.of(name, "1") : List.of(name);
                for (CommandLine other : commands.values()) {
                    if (other.getCommandSpec().findOption(name) != null || other.getCommandName().equals("help")) {
                        continue;
                    }
                    String expected = name + " means nothing to 'nn " + other.getCommandName() + "': it is an option of ";
                    cases.add(Arguments.of(join(List.of(other.getCommandName()), given), expected));
                    cases.add(Arguments.of(join(given, List.of(other.getCommandName())), expected));
                }
                cases.add(Arguments.of(join(given, List.of(owner.getCommandName())), name + " is an option of 'nn "
                        + owner.getCommandName() + "': give it after '" + owner.getCommandName() + "'"));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "nn {0}")
    @MethodSource("misplacedOptions")
    void saysWhereTheOptionBelongsInOneLine(List<String> args, String expected) {
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith("nn: " + expected);
    }

    private static List<String> join(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
