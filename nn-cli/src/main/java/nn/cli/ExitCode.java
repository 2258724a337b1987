package nn.cli;

/** nn's exit codes; {@link NnCommand} lists them in every command's help. */
final class ExitCode {

    static final int OK = 0;
    /** The command ran and failed: a backend failed mid-run, or 'compare' found backends that disagree. */
    static final int FAILED = 1;
    /** Nothing ran: bad input, a backend that cannot be used, or not enough memory for the sizes. */
    static final int BAD_INPUT = 2;

    static final String HEADING = "%nExit codes:%n";

    private ExitCode() {
    }
}
