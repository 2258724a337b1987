package io.github.nnbackends.cli;

/** nn's exit codes; {@link NnCommand} says what each means, in every command's help. */
final class ExitCode {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;

    static final String HEADING = "%nExit codes:%n";

    private ExitCode() {
    }
}
