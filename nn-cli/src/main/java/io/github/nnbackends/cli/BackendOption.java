package io.github.nnbackends.cli;

import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --backend NAME}: the backend a command runs on. Without it, the backend {@code NN_BACKEND} names; without
 * that, the usable one of highest priority.
 */
final class BackendOption {

    /** The variable that names the backend when --backend does not: a machine's or a CI job's default. */
    static final String VARIABLE = "NN_BACKEND";

    // Not private: the plain training run sets it directly (PlainOptionsSource).
    @Option(names = "--backend", paramLabel = "NAME",
            description = "The backend to run on: see 'nn backends'. Default: the one NN_BACKEND names, else the "
                    + "usable backend of highest priority, marked default there.")
    String name;

    /** Whether --backend was given. */
    boolean isGiven() {
        return name != null;
    }

    /** The name given to --backend, else that of NN_BACKEND, if either is. */
    Optional<String> name() {
        return name != null ? Optional.of(name) : fromVariable();
    }

    /** What chose the backend: {@code --backend}, {@code NN_BACKEND} or the priority rule, in words for a header. */
    String rule() {
        return name != null ? "--backend" : fromVariable().isPresent() ? VARIABLE : "priority";
    }

    /** The name NN_BACKEND gives, if it is set and not empty. */
    static Optional<String> fromVariable() {
        String named = System.getenv(VARIABLE);
        return named == null || named.isBlank() ? Optional.empty() : Optional.of(named.strip());
    }
}
