package nn.cli;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import nn.spi.Backends;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --backend-path}: jars and class directories, separated as on a class path, whose backends join the
 * built-in ones. Defaults to the environment variable {@code NN_BACKEND_PATH}. A mixin, so that every command
 * discovers backends the same way.
 */
final class BackendPath {

    static final String VARIABLE = "NN_BACKEND_PATH";

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--backend-path", paramLabel = "PATH", defaultValue = "${env:" + VARIABLE + "}",
            description = "Jars and directories of extra backends, separated by '" + "${sys:path.separator}"
                    + "' as on a class path. Default: $" + VARIABLE + ".")
    private String path;

    /** The backends built in and those on the path, which is checked first. */
    Backends discover() {
        ClassLoader builtIn = BackendPath.class.getClassLoader();
        List<URL> entries = entries();
        return Backends.discover(entries.isEmpty() ? builtIn : new URLClassLoader(entries.toArray(URL[]::new), builtIn));
    }

    boolean isSet() {
        return path != null && !path.isBlank();
    }

    /** Whether --backend-path was given to this command, rather than defaulted from the environment. */
    private boolean given() {
        return spec.commandLine().getParseResult().hasMatchedOption("--backend-path");
    }

    /** Lets a subcommand take the path its parent command was given, unless it was given one itself. */
    BackendPath orElse(BackendPath parent) {
        return given() || !parent.given() ? this : parent;
    }

    private List<URL> entries() {
        List<URL> urls = new ArrayList<>();
        if (!isSet()) {
            return urls;
        }
        String source = given() ? "--backend-path" : VARIABLE;
        for (String entry : path.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path file = Path.of(entry);
            if (!Files.exists(file)) {
                throw new ParameterException(spec.commandLine(), source + ": '" + entry + "' does not exist");
            }
            if (!Files.isDirectory(file) && !isJar(file)) {
                throw new ParameterException(spec.commandLine(), source + ": '" + entry
                        + "' is neither a jar nor a directory");
            }
            try {
                urls.add(file.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new ParameterException(spec.commandLine(), source + ": '" + entry + "' is not a usable path");
            }
        }
        return urls;
    }

    private static boolean isJar(Path file) {
        try (JarFile ignored = new JarFile(file.toFile())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
