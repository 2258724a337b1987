package io.github.nnbackends.cli;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/**
 * {@code nn}: the commands, and what they share: {@code --backend-path}, help, version, the exit codes. The
 * tutorial's form, {@code nn [options]}, is {@code nn train [options]}.
 */
@Command(name = "nn", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class, defaultValueProvider = OptionDefaults.Provider.class, sortOptions = false, usageHelpAutoWidth = true,
        subcommands = {TrainCommand.class, BackendsCommand.class, BenchCommand.class, CompareCommand.class,
            HelpCommand.class},
        description = {
            "Trains the numpy tutorial's network y = w2·relu(w1·x + b1) + b2 on a linear-algebra backend of your "
                    + "choice, with the losses numpy prints for the same seed.",
            "Without a command, nn trains: 'nn [options]' is 'nn train [options]'."},
        exitCodeListHeading = ExitCode.HEADING, exitCodeList = {
            ExitCode.OK + ":done",
            ExitCode.FAILED + ":failed: a backend failed, 'compare' found backends that disagree, or stdout refused a "
                    + "write",
            ExitCode.BAD_INPUT + ":bad input, a backend that cannot be used, or not enough memory for the sizes",
            ExitCode.DIVERGED + ":the training diverged, and --fail-on-divergence was given",
            "130:stopped by SIGINT (143: SIGTERM, 129: SIGHUP); the lines computed so far are on stdout, whole",
            ExitCode.CLOSED_PIPE + ":stdout's reader went away (a closed pipe), as SIGPIPE would end a command"})
final class NnCommand {

    /** The command that runs when none is named. */
    static final String DEFAULT_COMMAND = TrainCommand.NAME;

    @Mixin
    BackendPath backendPath;

    /** nn's command line, writing to {@code out} and {@code err}, every failure handled by {@code failures}. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, Failures failures) {
        return failures.handling(new CommandLine(new NnCommand()).setOut(out).setErr(err))
                // Help and version are printed outside the commands: a failed write there ends the run the same way.
                .setExecutionStrategy(parseResult -> {
                    try {
                        return new CommandLine.RunLast().execute(parseResult);
                    } catch (OutputFailure e) {
                        return FailureLines.outputFailed(e, err);
                    }
                })
                // A folder named 'backends' is a fine --backend-path; and nn reads no arguments from @files.
                .setAllowSubcommandsAsOptionParameters(true).setExpandAtFiles(false);
    }

    /**
     * {@code args} with {@link #DEFAULT_COMMAND} put first when they name no command: the tutorial's
     * {@code nn --backend ejml} is {@code nn train --backend ejml}. An argument names a command when it is a
     * command's name and not the value of an option; {@code nn --help} and {@code nn --version} stay nn's own.
     */
    static String[] withCommand(CommandLine nn, String[] args) {
        Set<String> valued = new HashSet<>();
        addValuedOptions(nn, valued);
        for (int i = 0; i < args.length; i++) {
            if (nn.getSubcommands().containsKey(args[i])) {
                return args;
            }
            if (valued.contains(args[i])) {
                i++;
            }
        }
        if (args.length > 0 && args[0].matches("--help|--version|-[hV]+")) {
            return args;
        }
        String[] withTrain = new String[args.length + 1];
        withTrain[0] = DEFAULT_COMMAND;
        System.arraycopy(args, 0, withTrain, 1, args.length);
        return withTrain;
    }

    /** The names of the options of {@code command} and its subcommands that take a value. */
    private static void addValuedOptions(CommandLine command, Set<String> names) {
        for (OptionSpec option : command.getCommandSpec().options()) {
            if (option.arity().max() > 0) {
                names.addAll(List.of(option.names()));
            }
        }
        command.getSubcommands().values().forEach(subcommand -> addValuedOptions(subcommand, names));
    }
}
