package io.github.nnbackends.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import picocli.CommandLine;

/**
 * The {@code nn} command's entry: {@link NnCommand}'s command line on this process's stdout and stderr. stdout takes
 * whole lines only ({@link LineOutput}); on SIGINT or SIGTERM the lines computed so far go out before the JVM ends
 * (with 130 or 143), and a write that fails ends the run with one line, or quietly with 141 for a closed pipe.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        LineOutput out = Stdout.open();
        Thread stopper = new Thread(out::stop, "nn-stdout");
        Runtime.getRuntime().addShutdownHook(stopper);
        int code = run(args, out, new FileOutputStream(FileDescriptor.err));
        // Every line went out, or none can: a hook now would only start two threads as the JVM ends.
        try {
            Runtime.getRuntime().removeShutdownHook(stopper);
        } catch (IllegalStateException e) {
            // A signal is ending the JVM already; the hook runs, and finds nothing to do.
        }
        // Returning ends the JVM as System.exit(0) does, hooks and all, but for one thing: from JDK 21 System.exit
        // logs itself, and finding a logger searches every jar of the class path (20 to 40 ms of a 200 ms run).
        if (code != ExitCode.OK || anotherThreadKeepsTheJvm()) {
            System.exit(code);
        }
    }

    /** Whether a thread but this one would keep the JVM running after main returns (a library's, not a daemon). */
    static boolean anotherThreadKeepsTheJvm() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() + 16];
        int count = root.enumerate(threads);
        for (Thread thread : Arrays.copyOf(threads, count)) {
            if (thread != Thread.currentThread() && !thread.isDaemon()) {
                return true;
            }
        }
        return count == threads.length; // more threads than it could list: one of them may
    }

    /** Runs {@code nn} with {@code args}, writing to {@code out} and {@code err}; returns the exit code. */
    static int run(String[] args, LineOutput out, OutputStream err) {
        PrintWriter stdout = new PrintWriter(out);
        PrintWriter stderr = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        try {
            Optional<TrainCommand> plain = PlainTraining.parse(args);
            int code;
            if (plain.isPresent()) {
                code = runAlone(plain.get(), stdout, stderr);
            } else {
                CommandLine nn = NnCommand.commandLine(stdout, stderr, new Failures());
                code = nn.execute(NnCommand.withCommand(nn, args));
            }
            out.finish();
            return code;
        } catch (OutputFailure e) {
            return FailureLines.outputFailed(e, stderr);
        } finally {
            stderr.flush();
        }
    }

    /** The plain training run, parsed without picocli: its failures are reported as picocli would report them. */
    private static int runAlone(TrainCommand train, PrintWriter stdout, PrintWriter stderr) {
        try {
            return train.callAlone(stdout, stderr);
        } catch (RuntimeException | Error e) {
            return FailureLines.failed(e, stderr);
        }
    }
}
