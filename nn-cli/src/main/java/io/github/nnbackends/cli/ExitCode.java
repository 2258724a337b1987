package io.github.nnbackends.cli;

/** nn's exit codes; {@link NnCommand} says what each means, in every command's help. */
final class ExitCode {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;
    /** Training diverged and --fail-on-divergence asked for a failure. */
    static final int DIVERGED = 3;
    /** stdout's reader went away: what a command stopped by SIGPIPE returns (128 + 13). */
    static final int CLOSED_PIPE = 141;

    static final String HEADING = "%nExit codes:%n";

    private ExitCode() {
    }
}
