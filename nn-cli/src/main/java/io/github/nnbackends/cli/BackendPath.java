package io.github.nnbackends.cli;

import io.github.nnbackends.discovery.Backends;
import io.github.nnbackends.discovery.FoundBackend;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code --backend-path}: jars and folders (of classes, of jars, or both), separated as on a class path, whose
 * backends join the built-in ones. Declared once, on {@code nn}, and inherited: it may be given before or after the command. Its
 * default is the environment variable {@code NN_BACKEND_PATH}.
 */
final class BackendPath {

    static final String VARIABLE = "NN_BACKEND_PATH";
    private static final String OPTION = "--backend-path";

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    private String given;

    @Option(names = OPTION, paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "Jars and directories (of classes, or of jars: every jar in it) of extra backends and the "
                    + "libraries they need, separated by '${sys:path.separator}' as on a class path. Default: $"
                    + VARIABLE + ".")
    void set(String path) {
        if (given != null) {
            throw Failures.badOption(spec, OPTION + " is given twice; give it once");
        }
        given = path;
    }

    /**
     * The backends built in and those on the path, which is searched first. An entry of the path that holds no
     * backend (no services file in it, or in a jar of its folder) gets one line of warning on stderr.
     */
    Backends discover() {
        ClassLoader builtIn = ServicesIndex.builtIn();
        List<URL> urls = new ArrayList<>();
        for (Entry entry : entries()) {
            if (!entry.holdsBackend()) {
                spec.commandLine().getErr().println("nn: " + entry.source() + ": '" + entry.given() + "' holds no nn "
                        + "backend (fine if a backend on the path needs it)");
            }
            urls.addAll(entry.urls());
        }
        return Backends.discover(urls.isEmpty() ? builtIn : new URLClassLoader(urls.toArray(URL[]::new), builtIn));
    }

    /**
     * The backends of {@code found} that cannot be used because of the backend path: broken ones on it, and built-in
     * ones whose name a backend on it claims too. Empty without a path.
     */
    List<FoundBackend> unusableOnThePath(Backends found) {
        if (given == null && (System.getenv(VARIABLE) == null || System.getenv(VARIABLE).isEmpty())) {
            return List.of();
        }
        Set<String> builtIn = Backends.discover(ServicesIndex.builtIn()).all().stream()
                .map(FoundBackend::toString).collect(Collectors.toSet());
        return found.all().stream().filter(backend -> !backend.isAvailable())
                .filter(backend -> !builtIn.contains(backend.toString())).toList();
    }

    /** One entry of the path as given, and what it adds to the class path: a jar, or a folder and its jars. */
    private record Entry(String source, String given, List<URL> urls, boolean holdsBackend) {
    }

    /**
     * The entries of the path, each given once; an empty entry ({@code a::b}, or an option given an empty path)
     * is an error, since it names nothing, but for one at either end. An empty {@code NN_BACKEND_PATH} is no path,
     * as shells leave it.
     */
    private List<Entry> entries() {
        String source = given != null ? OPTION : VARIABLE;
        String path = given != null ? given : System.getenv(VARIABLE);
        List<Entry> entries = new ArrayList<>();
        if (path == null || (given == null && path.isEmpty())) {
            return entries;
        }
        if (path.isBlank()) {
            throw Failures.badOption(spec, source + ": give it jars or directories, or leave it out");
        }
        List<String> parts = new ArrayList<>(List.of(path.split(File.pathSeparator, -1)));
        // "$NN_BACKEND_PATH:extra.jar" with the variable unset: an empty first or last entry is the shell's doing.
        if (parts.size() > 1 && parts.get(0).isEmpty()) {
            parts.remove(0);
        }
        if (parts.size() > 1 && parts.get(parts.size() - 1).isEmpty()) {
            parts.remove(parts.size() - 1);
        }
        if (parts.stream().anyMatch(String::isBlank)) {
            throw Failures.badOption(spec, source + ": an empty entry in '" + path
                    + "'; separate entries by a single '" + File.pathSeparator + "'");
        }
        for (String entry : parts) {
            entries.add(entry(source, entry));
        }
        return entries;
    }

    /**
     * A jar; or a folder, as a folder of classes and, as {@code java -cp 'folder/*'} takes it, every jar in it.
     *
     * @throws picocli.CommandLine.ParameterException if it does not exist, or is neither a jar nor a folder
     */
    private Entry entry(String source, String entry) {
        try {
            Path file = Path.of(entry);
            if (!Files.exists(file)) {
                throw Failures.badOption(spec, source + ": '" + entry + "' does not exist");
            }
            if (!Files.isDirectory(file)) {
                Optional<Boolean> holds = jarHoldsBackend(file);
                if (holds.isEmpty()) {
                    throw Failures.badOption(spec, source + ": '" + entry
                            + "' is neither a jar nor a directory");
                }
                return new Entry(source, entry, List.of(file.toUri().toURL()), holds.get());
            }
            List<URL> urls = new ArrayList<>(List.of(file.toUri().toURL()));
            boolean holds = Files.exists(file.resolve(Backends.SERVICES_FILE)) || Files.exists(file.resolve(Backends.SPI_1_SERVICES_FILE));
            for (Path jar : jarsIn(file)) {
                Optional<Boolean> jarHolds = jarHoldsBackend(jar);
                if (jarHolds.isPresent()) {
                    urls.add(jar.toUri().toURL());
                    holds |= jarHolds.get();
                } else {
                    spec.commandLine().getErr().println("nn: " + source + ": '" + jar + "' is not a jar; left out");
                }
            }
            return new Entry(source, entry, urls, holds);
        } catch (InvalidPathException | IOException e) {
            throw Failures.badOption(spec, source + ": '" + entry + "' is not a usable path");
        }
    }

    private static List<Path> jarsIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f)).sorted()
                    .toList();
        }
    }

    /** Whether the jar {@code file} registers a backend; empty if it is not a jar. */
    private static Optional<Boolean> jarHoldsBackend(Path file) {
        try (JarFile jar = new JarFile(file.toFile())) {
            return Optional.of(jar.getEntry(Backends.SERVICES_FILE) != null || jar.getEntry(Backends.SPI_1_SERVICES_FILE) != null);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
