package io.github.nnbackends.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.nnbackends.discovery.Backends;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;

/**
 * nn's own class path, with its services files read from nn-cli.jar, where the build gathered them
 * ({@link ServicesIndexWriter}): a services file is looked for in every jar of a class path, and opening nn's fifty-odd
 * jars for discovery was a tenth of a plain run's start-up. The jars named in nn-cli.jar's manifest are the ones the
 * build read, so the index says what the search would find. It is used only when the class path is that one jar (as
 * {@code ./nn} and {@code java -jar} start nn), the jar holds no services file of its own (a jar that a backend was
 * merged into does), and every provider the index names can be loaded (one from a jar taken out of {@code lib/}
 * cannot); else the class path is searched as usual.
 */
final class ServicesIndex extends ClassLoader {

    /** Where in nn-cli.jar the build writes its copy of each services file, under the file's own name. */
    static final String FOLDER = "META-INF/nn/services/";
    private static final String SERVICES = "META-INF/services/";

    /** The services files the index holds a copy of: those discovery reads. */
    static final List<String> FILES = List.of(Backends.SERVICES_FILE, Backends.SPI_1_SERVICES_FILE);

    private final Path jar;
    /** Each services file's copy in the class path's jar, found once; a file without one is missing. */
    private final Map<String, URL> copies = new HashMap<>();

    private ServicesIndex(ClassLoader loader, Path jar) {
        super(loader);
        this.jar = jar;
        for (String file : FILES) {
            URL copy = indexed(file);
            if (copy != null) {
                copies.put(file, copy);
            }
        }
    }

    /** The class loader of nn's own classes, reading its services files from the index where it applies. */
    static ClassLoader builtIn() {
        return over(ServicesIndex.class.getClassLoader(), System.getProperty("java.class.path", ""));
    }

    /**
     * {@code loader}, reading services files from the index in {@code classPath} if that is one jar whose index
     * applies (see above); else {@code loader} itself.
     */
    static ClassLoader over(ClassLoader loader, String classPath) {
        if (classPath.contains(File.pathSeparator)) {
            return loader;
        }
        try {
            ServicesIndex index = new ServicesIndex(loader, Path.of(classPath));
            return index.saysWhatASearchWouldFind() ? index : loader;
        } catch (InvalidPathException e) {
            return loader;
        }
    }

    /**
     * The resources {@code name}: for a services file of {@link #FILES}, its copy in the index (empty if no jar of the
     * class path held one); else, as the parent finds them.
     */
    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        URL copy = copies.get(name);
        return copy != null ? Collections.enumeration(List.of(copy)) : super.getResources(name);
    }

    /**
     * Whether the class path's jar holds an index, no services file of its own, and every provider the index names:
     * all looked up in that jar, or among classes already archived or loaded, so that no other jar is opened.
     */
    private boolean saysWhatASearchWouldFind() {
        if (copies.size() < FILES.size()) {
            return false;
        }
        try {
            JarFile jar = ((JarURLConnection) copies.get(Backends.SERVICES_FILE).openConnection()).getJarFile();
            for (String file : FILES) {
                if (jar.getEntry(file) != null) {
                    return false;
                }
            }
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    jar.getInputStream(jar.getEntry(copyName(Backends.SERVICES_FILE))), UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String provider = line.replaceFirst("#.*", "").strip();
                    if (!provider.isEmpty()) {
                        Class.forName(provider, false, getParent());
                    }
                }
            }
            return true;
        } catch (IOException | ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Where the index keeps its copy of the services file {@code name} ("META-INF/services/..."). */
    static String copyName(String name) {
        return FOLDER + name.substring(SERVICES.length());
    }

    /**
     * The index's copy of the services file {@code name} in the class path's jar; null if it has none. On nn's class
     * path that jar is the first searched, and the first copy found: no other jar is opened (as asking for every
     * copy would do, even to take the first).
     */
    private URL indexed(String name) {
        String copyName = copyName(name);
        URL first = getParent().getResource(copyName);
        if (first == null || inJar(first)) {
            return first;
        }
        try {
            for (Enumeration<URL> copies = getParent().getResources(copyName); copies.hasMoreElements(); ) {
                URL copy = copies.nextElement();
                if (inJar(copy)) {
                    return copy;
                }
            }
        } catch (IOException e) {
            // Then discovery searches the class path, as it would without an index.
        }
        return null;
    }

    private boolean inJar(URL url) {
        try {
            if (!(url.openConnection() instanceof JarURLConnection connection)) {
                return false;
            }
            return Files.isSameFile(Path.of(connection.getJarFileURL().toURI()), jar);
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return false;
        }
    }
}
