package io.github.nnbackends.cli;

import io.github.nnbackends.discovery.Backends;
import io.github.nnbackends.spi.BackendProvider;
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

    /** @throws io.github.nnbackends.discovery.BackendUnavailableException if the named backend, or every backend, is unusable */
    BackendProvider choose(Backends backends) {
        return name == null ? backends.preferred() : backends.provider(name);
    }
}
