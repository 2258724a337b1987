package nn.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import nn.spi.BackendProvider;
import nn.spi.Backends;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code nn backends}: every backend found, without loading any of their libraries. */
@Command(name = "backends", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Lists the backends found on the class path: name, library and its version. The one marked "
                + "default runs when --backend is not given.")
final class BackendsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Backends backends = Backends.discover(BackendsCommand.class.getClassLoader());
        List<BackendProvider> providers = backends.providers();
        PrintWriter out = spec.commandLine().getOut();
        out.println(row("NAME", "LIBRARY", "VERSION", ""));
        String preferred = providers.isEmpty() ? "" : backends.preferred().name();
        for (BackendProvider provider : providers) {
            out.println(row(provider.name(), provider.library(), provider.version(),
                    provider.name().equals(preferred) ? "default" : ""));
        }
        for (String problem : backends.problems()) {
            spec.commandLine().getErr().println("nn: " + problem);
        }
        return 0;
    }

    private static String row(String name, String library, String version, String note) {
        return String.format("%-10s %-14s %-12s %s", name, library, version, note).stripTrailing();
    }
}
