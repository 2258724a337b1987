package io.github.nnbackends.cli;

import java.util.Locale;
import io.github.nnbackends.discovery.BackendException;
import io.github.nnbackends.discovery.Backends;
import io.github.nnbackends.discovery.FoundBackend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nn backends}: every backend found, usable or not, without loading any of their libraries. */
@Command(name = "backends", header = "List the backends found, and which of them can be used.",
        description = "Lists the backends found, built in and on the backend path: name, library, its version, "
                + "and whether it can be used (if not, why). The one marked default runs when --backend is not given.")
final class BackendsCommand extends BaseCommand {

    @Option(names = "--json", description = "One JSON object per backend per line, instead of a table: name, "
            + "library, version, available, reason (null when available), default.")
    private boolean json;

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
                out().println(new JsonLine().put("name", backend.name()).put("library", backend.library())
                        .put("version", backend.version()).put("available", backend.isAvailable())
                        .put("reason", backend.unavailableReason().orElse(null)).put("default", isDefault));
            } else {
                String status = backend.unavailableReason().map(reason -> "unavailable: " + reason)
                        .orElse(isDefault ? "available, default" : "available");
                out().println(row(backend.name(), backend.library(), backend.version(), status));
            }
        }
        return ExitCode.OK;
    }

    private static String preferredName(Backends backends) {
        try {
            return backends.preferred().name();
        } catch (BackendException noneUsable) {
            return null;
        }
    }

    private static String row(String name, String library, String version, String status) {
        return String.format(Locale.ROOT, "%-10s %-14s %-12s %s", name, library, version, status).stripTrailing();
    }
}
