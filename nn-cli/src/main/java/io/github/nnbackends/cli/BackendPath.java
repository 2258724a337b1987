package io.github.nnbackends.cli;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import io.github.nnbackends.discovery.Backends;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code --backend-path}: jars and class directories, separated as on a class path, whose backends join the
 * built-in ones. Declared once, on {@code nn}, and inherited: it may be given before or after the command. Its
 * default is the environment variable {@code NN_BACKEND_PATH}.
 */
final class BackendPath {

    static final String VARIABLE = "NN_BACKEND_PATH";
    private static final String OPTION = "--backend-path";

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    private String given;

    @Option(names = OPTION, paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "Jars and directories of extra backends, separated by '${sys:path.separator}' as on a "
                    + "class path. Default: $" + VARIABLE + ".")
    void set(String path) {
        if (given != null) {
            throw new ParameterException(spec.commandLine(), OPTION + " is given twice; give it once");
        }
        given = path;
    }

    /** The backends built in and those on the path, which is searched first. */
    Backends discover() {
        ClassLoader builtIn = BackendPath.class.getClassLoader();
        List<URL> entries = entries();
        return Backends.discover(entries.isEmpty() ? builtIn : new URLClassLoader(entries.toArray(URL[]::new), builtIn));
    }

    private List<URL> entries() {
        String source = given != null ? OPTION : VARIABLE;
        String path = given != null ? given : System.getenv(VARIABLE);
        List<URL> urls = new ArrayList<>();
        if (path == null || path.isBlank()) {
            return urls;
        }
        for (String entry : path.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            urls.add(url(source, entry));
        }
        return urls;
    }

    private URL url(String source, String entry) {
        try {
            Path file = Path.of(entry);
            if (!Files.exists(file)) {
                throw new ParameterException(spec.commandLine(), source + ": '" + entry + "' does not exist");
            }
            if (!Files.isDirectory(file) && !isJar(file)) {
                throw new ParameterException(spec.commandLine(), source + ": '" + entry
                        + "' is neither a jar nor a directory");
            }
            return file.toUri().toURL();
        } catch (InvalidPathException | MalformedURLException e) {
            throw new ParameterException(spec.commandLine(), source + ": '" + entry + "' is not a usable path");
        }
    }

    /** Whether {@code file} opens as a jar: opening it is the whole test. */
    @SuppressWarnings("try")
    private static boolean isJar(Path file) {
        try (JarFile jar = new JarFile(file.toFile())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
