package io.github.nnbackends.cli;

import io.github.nnbackends.spi.BackendProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/** Jars of deliberately broken backends, for the tests of discovery. */
final class BrokenBackends {

    private static final String PROVIDER = """
            package broken;
            public class %s implements io.github.nnbackends.spi.BackendProvider {
                %s
                public String name() { return "%s"; }
                public String library() { return "Broken"; }
                public java.util.Optional<String> version() { return java.util.Optional.of("0"); }
                public String spiVersion() { return io.github.nnbackends.spi.SpiVersion.CURRENT; }
                public io.github.nnbackends.spi.LinearAlgebra<?> create() { %s }
            }
            """;

    private BrokenBackends() {
    }

    /** What a command says on stderr of the two providers of {@link #jar} that cannot be used at all. */
    static final List<String> JAR_UNUSABLE = List.of(
            "nn: on the backend path: broken.Missing is unavailable: ServiceConfigurationError: "
                    + "io.github.nnbackends.spi.BackendProvider: Provider broken.Missing not found",
            "nn: on the backend path: broken.Throwing is unavailable: ServiceConfigurationError: "
                    + "io.github.nnbackends.spi.BackendProvider: Provider broken.Throwing could not be "
                    + "instantiated (caused by IllegalStateException: static initializer failed)");

    /** Why {@code nonative} of {@link #jar} cannot start. */
    static final String NONATIVE_UNAVAILABLE = "backend 'nonative' is unavailable: UnsatisfiedLinkError: no nonative "
            + "in java.library.path";

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

    /**
     * {@code lazy}: loads, but its library's classes are missing when first used, as in a jar without its
     * library: every operation throws {@code NoClassDefFoundError}.
     */
    static Path lazy(Path folder) throws IOException {
        return everyOperationThrows(folder, "lazy", "throw new NoClassDefFoundError(\"org/lib/Matrix\");");
    }

    /**
     * {@code roomless}: starts, but every operation runs out of memory outside Java's heap, as a library short of
     * direct buffers or native memory does.
     */
    static Path roomless(Path folder) throws IOException {
        return everyOperationThrows(folder, "roomless", "throw new OutOfMemoryError(\"Direct buffer memory\");");
    }

    private static Path everyOperationThrows(Path folder, String name, String statement) throws IOException {
        StringBuilder methods = new StringBuilder();
        for (String signature : List.of("Object zeros(int r, int c)", "Object fromRowMajor(int r, int c, double[] v)",
                "double[] toRowMajor(Object m)", "int rows(Object m)", "int cols(Object m)",
                "void copy(Object s, Object d)", "void relu(Object i, Object o)",
                "void gemm(double al, Object a, boolean ta, Object b, boolean tb, double be, Object c)",
                "void reluMask(Object g, Object p, Object o)", "void scale(double al, Object m)",
                "void addScaled(double al, Object x, Object y)", "double sumOfSquares(Object m)")) {
            methods.append("public ").append(signature).append(" { ").append(statement).append(" }\n");
        }
        String provider = "broken." + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        String algebra = provider + "Algebra";
        return BackendJar.of(folder, name + ".jar", Map.of(
                provider, PROVIDER.formatted(provider.substring("broken.".length()), "", name,
                        "return new " + algebra + "();"),
                algebra, "package broken;\npublic class " + algebra.substring("broken.".length())
                        + " implements io.github.nnbackends.spi.LinearAlgebra<Object> {\n" + methods + "}\n"),
                List.of(provider));
    }

    /**
     * Two defaults that fail as they start, ranked above every built-in backend: {@code asserting} (an
     * {@code AssertionError}, above) and {@code noroom} (out of direct memory); and {@code printer}, ranked above
     * both, which prints on {@code System.out} and then fails.
     */
    static Path failingAtStart(Path folder) throws IOException {
        return BackendJar.of(folder, "failing.jar", Map.of(
                "broken.Asserting", PROVIDER.formatted("Asserting", "public int priority() { return 99; }",
                        "asserting", "throw new AssertionError(\"broken invariant\");"),
                "broken.Noroom", PROVIDER.formatted("Noroom", "public int priority() { return 98; }", "noroom",
                        "throw new OutOfMemoryError(\"Direct buffer memory\");"),
                "broken.Printer", PROVIDER.formatted("Printer", "public int priority() { return 100; }", "printer",
                        "System.out.print(\"PRINTER SAYS HI\"); throw new IllegalStateException(\"printed\");")),
                List.of("broken.Printer", "broken.Asserting", "broken.Noroom"));
    }

    /**
     * {@code drifting}: the example backend, but its loss is {@code 1 + drift} times the true one from step
     * {@code from} on, as a library whose summation went wrong only for some inputs would be (NaN: a loss that is
     * not a number).
     */
    static Path drifting(Path folder, int from, double drift) throws IOException {
        return onTheExample(folder, "drifting", "private int losses;",
                "return plain.sumOfSquares(m) * (losses++ >= " + from + " ? 1 + "
                        + (Double.isNaN(drift) ? "Double.NaN" : Double.toString(drift)) + " : 1);");
    }

    /**
     * {@code counting}: the example backend, which appends a line to {@code log} at each event a test counts:
     * {@code create} when it is created, {@code loss} at each step's loss, and {@code close} when it is closed.
     */
    static Path counting(Path folder, Path log) throws IOException {
        String members = """
                public CountingAlgebra() { log("create"); }
                public void close() { log("close"); }
                static void log(String event) {
                    try {
                        java.nio.file.Files.writeString(java.nio.file.Path.of("%s"), event + "\\n",
                                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                """.formatted(log.toAbsolutePath().toString().replace("\\", "\\\\"));
        return onTheExample(folder, "counting", members, "log(\"loss\"); return plain.sumOfSquares(m);");
    }

    /**
     * A jar of the example backend and of {@code name}, whose algebra does each operation as the example's, but the
     * sum of squares (the trainer asks for one per step: its loss), whose body is {@code sumOfSquares}, on the
     * example's algebra {@code plain} and the matrix {@code m}; {@code members} are more of the algebra's.
     */
    private static Path onTheExample(Path folder, String name, String members, String sumOfSquares)
            throws IOException {
        String type = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        String algebra = """
                package org.example.plain;
                public class %sAlgebra implements io.github.nnbackends.spi.LinearAlgebra<PlainMatrix> {
                    private final PlainLinearAlgebra plain = new PlainLinearAlgebra();
                    %s
                    public PlainMatrix zeros(int r, int c) { return plain.zeros(r, c); }
                    public PlainMatrix fromRowMajor(int r, int c, double[] v) { return plain.fromRowMajor(r, c, v); }
                    public double[] toRowMajor(PlainMatrix m) { return plain.toRowMajor(m); }
                    public int rows(PlainMatrix m) { return plain.rows(m); }
                    public int cols(PlainMatrix m) { return plain.cols(m); }
                    public void copy(PlainMatrix s, PlainMatrix d) { plain.copy(s, d); }
                    public void gemm(double al, PlainMatrix a, boolean ta, PlainMatrix b, boolean tb, double be,
                            PlainMatrix c) { plain.gemm(al, a, ta, b, tb, be, c); }
                    public void relu(PlainMatrix i, PlainMatrix o) { plain.relu(i, o); }
                    public void reluMask(PlainMatrix g, PlainMatrix p, PlainMatrix o) { plain.reluMask(g, p, o); }
                    public void scale(double al, PlainMatrix m) { plain.scale(al, m); }
                    public void addScaled(double al, PlainMatrix x, PlainMatrix y) { plain.addScaled(al, x, y); }
                    public double sumOfSquares(PlainMatrix m) { %s }
                }
                """.formatted(type, members, sumOfSquares);
        String provider = "org.example.plain." + type + "Provider";
        return BackendJar.exampleWith(folder, name + ".jar", Map.of(provider,
                PROVIDER.formatted(type + "Provider", "", name, "return new " + type + "Algebra();")
                        .replace("package broken;", "package org.example.plain;"),
                "org.example.plain." + type + "Algebra", algebra), List.of(provider));
    }

    /** {@code unbundled}: its jar lacks its library, so creating it fails on a missing class. */
    static Path unbundled(Path folder) throws IOException {
        return BackendJar.of(folder, "unbundled.jar", Map.of("broken.Unbundled", PROVIDER.formatted("Unbundled", "",
                "unbundled", "throw new NoClassDefFoundError(\"org/lib/DenseMatrix\");")), List.of("broken.Unbundled"));
    }

    /** {@code older}: states SPI 1.0, as a backend compiled against an older nn would. */
    static Path olderSpi(Path folder) throws IOException {
        return BackendJar.of(folder, "older.jar", Map.of("broken.Older", PROVIDER.formatted("Older", "", "older",
                "return null;").replace("return io.github.nnbackends.spi.SpiVersion.CURRENT;", "return \"1.0\";")),
                List.of("broken.Older"));
    }

    /** A jar of SPI 1, from before nn's packages were named: only its services file, under the old name. */
    static Path spi1(Path folder) throws IOException {
        Path jar = folder.resolve("spi1.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("META-INF/services/nn.spi.BackendProvider"));
            out.write("old.PlainProvider\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    /** {@code fragile}: ranked above every built-in backend, but its native library fails when it starts. */
    static Path fragileDefault(Path folder) throws IOException {
        return BackendJar.of(folder, "fragile.jar", Map.of("broken.Fragile", PROVIDER.formatted("Fragile",
                "public int priority() { return 99; }", "fragile",
                "throw new UnsatisfiedLinkError(\"no fragile in java.library.path\");")), List.of("broken.Fragile"));
    }

    /** A second provider named {@code ejml}. */
    static Path impostor(Path folder) throws IOException {
        return impostor(folder, "ejml", BackendProvider.PRIORITY_UNRANKED);
    }

    /** A second provider named {@code name}, of priority {@code priority}. */
    static Path impostor(Path folder, String name, int priority) throws IOException {
        return BackendJar.of(folder, "impostor-" + name + "-" + priority + ".jar", Map.of("broken.Impostor",
                PROVIDER.formatted("Impostor", "public int priority() { return " + priority + "; }", name,
                        "return null;")), List.of("broken.Impostor"));
    }

    /** A second provider of each built-in backend's name: then no built-in backend can be used. */
    static Path impostors(Path folder) throws IOException {
        Map<String, String> sources = new LinkedHashMap<>();
        for (String name : List.of("commons", "ejml", "nd4j", "ojalgo")) {
            String simpleName = "Twin" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
            sources.put("broken." + simpleName, PROVIDER.formatted(simpleName, "", name, "return null;"));
        }
        return BackendJar.of(folder, "impostors.jar", sources, List.copyOf(sources.keySet()));
    }

    /** {@code heapless}: runs out of Java's heap as it says its name, as a provider that loads too much might. */
    static Path heapless(Path folder) throws IOException {
        return BackendJar.of(folder, "heapless.jar", Map.of("broken.Heapless", PROVIDER.formatted("Heapless", "",
                "heapless", "return null;").replace("return \"heapless\";",
                        "throw new OutOfMemoryError(\"Java heap space\");")), List.of("broken.Heapless"));
    }

    /** {@code elsewhere}: ranked above every built-in backend, but it says it cannot run here. */
    static Path notHere(Path folder) throws IOException {
        return BackendJar.of(folder, "elsewhere.jar", Map.of("broken.Elsewhere", PROVIDER.formatted("Elsewhere",
                "public int priority() { return 99; }\n    public java.util.Optional<String> unavailableReason() "
                        + "{ return java.util.Optional.of(\"it needs a GPU\"); }", "elsewhere", "return null;")),
                List.of("broken.Elsewhere"));
    }
}
