package nn.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Jars of deliberately broken backends, for the tests of discovery. */
final class BrokenBackends {

    private static final String PROVIDER = """
            package broken;
            public class %s implements nn.spi.BackendProvider {
                %s
                public String name() { return "%s"; }
                public String library() { return "Broken"; }
                public String version() { return "0"; }
                public nn.spi.LinearAlgebra<?> create() { %s }
            }
            """;

    private BrokenBackends() {
    }

    /**
     * Three broken providers: {@code broken.Missing} (listed, but no class), {@code broken.Throwing} (its static
     * initializer throws) and {@code nonative} (its native library fails to load when created).
     */
    static Path jar(Path folder) throws IOException {
        return BackendJar.of(folder, "broken.jar", Map.of(
                "broken.Throwing", PROVIDER.formatted("Throwing",
                        "static { if (true) throw new IllegalStateException(\"static initializer failed\"); }",
                        "throwing", "return null;"),
                "broken.NoNative", PROVIDER.formatted("NoNative", "", "nonative",
                        "throw new UnsatisfiedLinkError(\"no nonative in java.library.path\");")),
                List.of("broken.Missing", "broken.Throwing", "broken.NoNative"));
    }

    /** A second provider named {@code ejml}. */
    static Path impostor(Path folder) throws IOException {
        return BackendJar.of(folder, "impostor.jar", Map.of(
                "broken.Impostor", PROVIDER.formatted("Impostor", "", "ejml", "return null;")),
                List.of("broken.Impostor"));
    }
}
