package io.github.nnbackends.cli;

import java.util.List;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * picocli's failures, parsing and running, told as {@link FailureLines} tells every failure: what is wrong with a
 * command line says which command an option belongs to, or which option was meant.
 */
final class Failures implements IParameterExceptionHandler, IExecutionExceptionHandler {

    /**
     * {@code nn} with these as its handlers of what fails in parsing and running; returns it. Here, and
     * {@link #badOption} too, so that the classes of the plain training run name no picocli type where the JVM
     * must check one (an argument, a throw): a class linked from an AOT cache loads every type so checked, and
     * picocli's, which no cache keeps, come from picocli's jar (see {@link Converters}).
     */
    CommandLine handling(CommandLine nn) {
        return nn.setParameterExceptionHandler(this).setExecutionExceptionHandler(this);
    }

    /** What picocli reports as a bad command line of {@code spec}'s command: {@code message}, exit 2. */
    static RuntimeException badOption(CommandSpec spec, String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine addressed = addressed(e.getCommandLine(), args);
        CommandLine nn = addressed.getParent() == null ? addressed : addressed.getParent();
        String unmatched = unmatched(e, addressed, nn);
        String help = unmatched != null && !unmatched.startsWith("-") || addressed.getCommandName().equals("help")
                ? "nn" : addressed.getCommandSpec().qualifiedName();
        int end = List.of(args).indexOf("--");
        String message = unmatched != null && end >= 0 && List.of(args).subList(end + 1, args.length).contains(unmatched)
                ? "'" + unmatched + "' comes after '--', which ends the options, and nn takes nothing else: drop '--'"
                : unmatched != null ? describeUnmatched(e, unmatched, addressed, nn)
                : e.getMessage().replaceFirst("^Unknown subcommand '(.*)'\\.$", "'$1' is not a command of nn");
        FailureLines.print(e.getCommandLine().getErr(), e, message + " (see '" + help + " --help')");
        return ExitCode.BAD_INPUT;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        // picocli hands over an Error (say a class missing when first used) inside its ExecutionException.
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        return FailureLines.failed(cause, commandLine.getErr());
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
