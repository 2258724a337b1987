package nn.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import nn.spi.BackendException;
import nn.spi.OneLine;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Every failure as a user sees it, by kind: one line on stderr starting {@code nn: }, and its {@link ExitCode}.
 * Bad input, a backend that cannot be used and not enough memory are {@link ExitCode#BAD_INPUT}; anything else is
 * {@link ExitCode#FAILED}. Never a stack trace, unless {@code NN_DEBUG=1} asks for one.
 */
final class Failures implements IParameterExceptionHandler, IExecutionExceptionHandler {

    static final String DEBUG_VARIABLE = "NN_DEBUG";

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine addressed = addressed(e.getCommandLine(), args);
        String help = "see '" + addressed.getCommandSpec().qualifiedName() + " --help'";
        String misplaced = misplaced(e, addressed);
        print(e.getCommandLine(), e, misplaced != null ? misplaced + "; " + help : e.getMessage() + " (" + help + ")");
        return ExitCode.BAD_INPUT;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        if (e instanceof BackendException || e instanceof NotEnoughMemory) {
            print(commandLine, e, e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        print(commandLine, e, "failed: " + OneLine.of(e));
        return ExitCode.FAILED;
    }

    private static void print(CommandLine commandLine, Exception e, String message) {
        PrintWriter err = commandLine.getErr();
        err.println("nn: " + message.lines().map(String::strip).collect(Collectors.joining(" ")));
        if ("1".equals(System.getenv(DEBUG_VARIABLE))) {
            e.printStackTrace(err);
        }
        err.flush();
    }

    /**
     * The command the user meant: the one that failed to parse, or, when that is nn itself, the subcommand named
     * later on the line ({@code nn --steps 3 backends} is about {@code backends}).
     */
    private static CommandLine addressed(CommandLine failed, String[] args) {
        if (failed.getParent() != null) {
            return failed;
        }
        for (String arg : args) {
            CommandLine subcommand = failed.getSubcommands().get(arg);
            if (subcommand != null) {
                return subcommand;
            }
        }
        return failed;
    }

    /**
     * For an argument the addressed command does not take, what is wrong with it: an option given before its
     * command, an option of other commands, or a word that is neither an option nor a command; else null.
     */
    private static String misplaced(ParameterException e, CommandLine addressed) {
        if (!(e instanceof UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
            return null;
        }
        String first = unmatched.getUnmatched().get(0);
        if (!first.startsWith("-")) {
            return "'" + first + "' is neither an option nor a command";
        }
        String option = first.split("=", 2)[0];
        String name = addressed.getCommandSpec().qualifiedName();
        if (addressed.getCommandSpec().findOption(option) != null) {
            return addressed == e.getCommandLine() ? null
                    : option + " is an option of '" + name + "': give it after '" + addressed.getCommandName() + "'";
        }
        CommandLine nn = addressed.getParent() == null ? addressed : addressed.getParent();
        List<String> owners = nn.getSubcommands().values().stream().distinct()
                .filter(command -> command.getCommandSpec().findOption(option) != null)
                .map(command -> "'" + command.getCommandSpec().qualifiedName() + "'").toList();
        return owners.isEmpty() ? null
                : option + " means nothing to '" + name + "': it is an option of " + Words.list(owners);
    }
}
