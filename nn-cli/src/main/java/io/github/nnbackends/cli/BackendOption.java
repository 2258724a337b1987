package io.github.nnbackends.cli;

import io.github.nnbackends.discovery.Backends;
import io.github.nnbackends.spi.BackendProvider;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --backend NAME}: the backend a command runs on; without it, the usable one of highest priority. */
final class BackendOption {

    @Option(names = "--backend", paramLabel = "NAME",
            description = "The backend to run on: see 'nn backends'. Default: the usable backend of highest "
                    + "priority, marked default there.")
    private String name;

    boolean isGiven() {
        return name != null;
    }

    /** The name given, if one was. */
    Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** @throws io.github.nnbackends.discovery.BackendUnavailableException if the named backend, or every backend, is unusable */
    BackendProvider choose(Backends backends) {
        return name == null ? backends.preferred() : backends.provider(name);
    }
}
