package nn.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import nn.spi.BackendException;
import picocli.CommandLine;

/** The {@code nn} command. Every user error ends as one line on stderr and exit code 2, never a stack trace. */
public final class Main {

    static final int USER_ERROR = 2;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs {@code nn} with {@code args}, writing to {@code out} and {@code err}; returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter stdout = new PrintWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                1 << 16));
        PrintWriter stderr = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        try {
            return new CommandLine(new TrainCommand())
                    .setOut(stdout)
                    .setErr(stderr)
                    .setParameterExceptionHandler((e, args1) -> fail(e.getCommandLine(), e.getMessage()
                            + " (see 'nn --help')"))
                    .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                        if (e instanceof BackendException) {
                            return fail(commandLine, e.getMessage());
                        }
                        throw e;
                    })
                    .execute(args);
        } finally {
            stdout.flush();
            stderr.flush();
        }
    }

    private static int fail(CommandLine commandLine, String message) {
        commandLine.getErr().println("nn: " + message.lines().map(String::strip)
                .reduce((a, b) -> a + " " + b).orElse(""));
        return USER_ERROR;
    }
}
