package io.github.nnbackends.cli;

import io.github.nnbackends.discovery.BackendUnavailableException;
import io.github.nnbackends.discovery.OneLine;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

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
        CommandLine nn = addressed.getParent() == null ? addressed : addressed.getParent();
        String unmatched = unmatched(e, addressed, nn);
        String help = unmatched != null && !unmatched.startsWith("-") || addressed.getCommandName().equals("help")
                ? "nn" : addressed.getCommandSpec().qualifiedName();
        String message = unmatched != null ? describeUnmatched(e, unmatched, addressed, nn)
                : e.getMessage().replaceFirst("^Unknown subcommand '(.*)'\\.$", "'$1' is not a command of nn");
        print(e.getCommandLine(), e, message + " (see '" + help + " --help')");
        return ExitCode.BAD_INPUT;
    }

    /**
     * stdout refused a write: one line (once, however often it is thrown) and {@link ExitCode#FAILED}; or, when its
     * reader went away (a closed pipe), nothing and {@link ExitCode#CLOSED_PIPE}, as a command stopped by SIGPIPE.
     */
    int outputFailed(OutputFailure e, PrintWriter err) {
        if (e.isClosedPipe()) {
            return ExitCode.CLOSED_PIPE;
        }
        if (e.tell()) {
            print(err, e, "cannot write to standard output: " + e.getMessage());
        }
        return ExitCode.FAILED;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        return failed(e, commandLine.getErr());
    }

    /** A command failed as it ran: one line on {@code err} saying why, and the exit code for its kind. */
    int failed(Throwable e, PrintWriter err) {
        if (e instanceof OutputFailure failure) {
            return outputFailed(failure, err);
        }
        if (e instanceof BackendUnavailableException || e instanceof NotEnoughMemory) {
            print(err, e, e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        if (e instanceof BackendFailure) {
            print(err, e, e.getMessage());
            return ExitCode.FAILED;
        }
        // picocli hands over an Error (say a class missing when first used) inside its ExecutionException.
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        print(err, cause, "failed: " + OneLine.of(cause));
        return ExitCode.FAILED;
    }

    private static void print(CommandLine commandLine, Throwable e, String message) {
        print(commandLine.getErr(), e, message);
    }

    private static void print(PrintWriter err, Throwable e, String message) {
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

    /** The first argument the addressed command could not place, or null for another kind of error. */
    private static String unmatched(ParameterException e, CommandLine addressed, CommandLine nn) {
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            return unmatched.getUnmatched().get(0);
        }
        return null;
    }

    /**
     * What is wrong with an argument the addressed command does not take: a command named in the wrong place, a
     * word that is neither an option nor a command, an option given before its command, an option of other
     * commands, or an option of none.
     */
    private static String describeUnmatched(ParameterException e, String argument, CommandLine addressed,
            CommandLine nn) {
        if (!argument.startsWith("-")) {
            return nn.getSubcommands().containsKey(argument) ? "'" + argument + "' is a command: name one, first"
                    : "'" + argument + "' is neither an option nor a command";
        }
        String option = argument.split("=", 2)[0];
        String name = addressed.getCommandSpec().qualifiedName();
        if (addressed.getCommandSpec().findOption(option) != null && addressed != e.getCommandLine()) {
            return option + " is an option of '" + name + "': give it after '" + addressed.getCommandName() + "'";
        }
        List<String> owners = nn.getSubcommands().values().stream().distinct()
                .filter(command -> command.getCommandSpec().findOption(option) != null)
                .map(command -> "'" + command.getCommandSpec().qualifiedName() + "'").toList();
        if (!owners.isEmpty()) {
            return option + " means nothing to '" + name + "': it is an option of " + Words.list(owners);
        }
        List<String> suggestions = ((UnmatchedArgumentException) e).getSuggestions();
        return "unknown option " + option + (suggestions.isEmpty() ? ""
                : " (did you mean " + Words.list(suggestions, "or") + "?)");
    }
}
