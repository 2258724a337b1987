package io.github.nnbackends.cli;

import io.github.nnbackends.discovery.BackendUnavailableException;
import io.github.nnbackends.discovery.Backends;
import io.github.nnbackends.discovery.FoundBackend;
import io.github.nnbackends.discovery.Unavailable;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nn backends}: every backend found, usable or not, without loading any of their libraries. */
@Command(name = "backends", header = "List the backends found, and which of them can be used.",
        description = "Lists the backends found, built in and on the backend path: name, library, its version, "
                + "and whether it can be used (if not, why). The one marked default runs when --backend is not given: "
                + "the one NN_BACKEND names, else the usable one of highest priority.")
final class BackendsCommand extends BaseCommand {

    @Option(names = "--json", description = "One JSON object per backend per line, instead of a table: name, "
            + "library, version (null when unknown), available, reason and kind (why, in words and as one of "
            + "io.github.nnbackends.discovery.Unavailable.Kind, in lower case; null when available), default.")
    private boolean json;

    /** Why NN_BACKEND's backend cannot run, if it names one that cannot. */
    private String variableFailure;

    @Override
    protected int run() {
        Backends backends = backends();
        String preferred = preferredName(backends);
        if (!json) {
            out().println(row("NAME", "LIBRARY", "VERSION", "STATUS"));
        }
        for (FoundBackend backend : backends.all()) {
            boolean isDefault = backend.name().equals(preferred) && backend.isAvailable();
            if (json) {
                out().println(new JsonLine().put("name", backend.name())
                        .put("library", backend.library().orElse(null)).put("version", backend.version().orElse(null))
                        .put("available", backend.isAvailable())
                        .put("reason", backend.unavailable().map(Unavailable::reason).orElse(null))
                        .put("kind", backend.unavailable().map(why -> why.kind().name().toLowerCase(Locale.ROOT))
                                .orElse(null))
                        .put("default", isDefault));
            } else {
                String status = backend.unavailable().map(why -> "unavailable: " + why.reason())
                        .orElse(isDefault ? "available, default" : "available");
                out().println(row(backend.name(), backend.library().orElse("-"), backend.version().orElse("-"),
                        status));
            }
        }
        if (variableFailure != null) {
            // The table is still what a user needs to choose a name; the failure is one line, and exit 2.
            err().println("nn: " + variableFailure);
            return ExitCode.BAD_INPUT;
        }
        return ExitCode.OK;
    }

    /** The backend that runs without --backend: NN_BACKEND's, else by priority; null if none (and why, for NN_BACKEND). */
    private String preferredName(Backends backends) {
        try {
            Optional<String> named = BackendOption.fromVariable();
            return named.isPresent() ? named(backends, named.get(), true).name() : backends.preferred().name();
        } catch (BadInput e) {
            variableFailure = e.getMessage();
            return null;
        } catch (BackendUnavailableException noneUsable) {
            return null;
        }
    }

    private static String row(String name, String library, String version, String status) {
        return String.format(Locale.ROOT, "%-10s %-14s %-12s %s", name, library, version, status).stripTrailing();
    }
}
