package nn.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nn.spi.Backend;
import nn.spi.BackendException;
import nn.spi.Backends;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code nn backends}: every backend found, usable or not, without loading any of their libraries. */
@Command(name = "backends", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Lists the backends found on the class path and the backend path: name, library, its version, "
                + "and whether it can be used (if not, why). The one marked default runs when --backend is not given.")
final class BackendsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private TrainCommand parent;

    @Mixin
    private BackendPath backendPath;

    @Override
    public Integer call() {
        Backends backends = parent == null ? backendPath.discover() : parent.backendsFor("backends", backendPath);
        String preferred = preferredName(backends);
        PrintWriter out = spec.commandLine().getOut();
        out.println(row("NAME", "LIBRARY", "VERSION", "STATUS"));
        for (Backend backend : backends.all()) {
            String status = backend.unavailableReason().map(reason -> "unavailable: " + reason)
                    .orElse(backend.name().equals(preferred) ? "available, default" : "available");
            out.println(row(backend.name(), backend.library(), backend.version(), status));
        }
        return 0;
    }

    private static String preferredName(Backends backends) {
        try {
            return backends.preferred().name();
        } catch (BackendException noneUsable) {
            return "";
        }
    }

    private static String row(String name, String library, String version, String status) {
        return String.format("%-10s %-14s %-12s %s", name, library, version, status).stripTrailing();
    }
}
