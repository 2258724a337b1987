package io.github.nnbackends.cli;

import io.github.nnbackends.discovery.Backends;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * nn's own class path, with its services files read from nn-cli.jar, where the build gathered them
 * ({@link ServicesIndexWriter}): a services file is looked for in every jar of a class path, and opening nn's fifty-odd
 * jars for discovery was a tenth of a plain run's start-up. The jars named in nn-cli.jar's manifest are the ones the
 * build read, so the index says what the search would find. It is used only when the class path is that one jar (as
 * {@code ./nn} and {@code java -jar} start nn), the jar holds no services file of its own (a jar that a backend was
 * merged into does), and every provider the index names can be loaded (one from a jar taken out of {@code lib/}
 * cannot); else the class path is searched as usual. The copies are read once, as the index is made, and handed
 * to discovery from memory: the first connection to a {@code jar:} URL costs about 3 ms on JDK 25 (the JDK builds
 * a method handle for it), more than the rest of discovery.
 */
final class ServicesIndex extends ClassLoader {

    /** Where in nn-cli.jar the build writes its copy of each services file, under the file's own name. */
    static final String FOLDER = "META-INF/nn/services/";
    private static final String SERVICES = "META-INF/services/";

    /** The services files the index holds a copy of: those discovery reads. */
    static final List<String> FILES = List.of(Backends.SERVICES_FILE, Backends.SPI_1_SERVICES_FILE);

    /** Each services file's copy, as a URL that reads it from memory. */
    private final Map<String, URL> copies;

    private ServicesIndex(ClassLoader loader, Map<String, URL> copies) {
        super(loader);
        this.copies = copies;
    }

    /** The class loader of nn's own classes, reading its services files from the index where it applies. */
    static ClassLoader builtIn() {
        return over(ServicesIndex.class, System.getProperty("java.class.path", ""));
    }

    /**
     * The class loader of {@code nnClass}, reading services files from the index in {@code classPath} if the class
     * came from that jar and its index applies; else that loader itself (null for a class of the boot loader). A
     * program that embeds nn may load it from elsewhere, whatever its class path says.
     */
    static ClassLoader over(Class<?> nnClass, String classPath) {
        ClassLoader loader = nnClass.getClassLoader();
        return cameFrom(nnClass, classPath) ? over(loader, classPath) : loader;
    }

    private static boolean cameFrom(Class<?> type, String jar) {
        try {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            return source != null && source.getLocation() != null
                    && Files.isSameFile(Path.of(source.getLocation().toURI()), Path.of(jar));
        } catch (IOException | URISyntaxException | IllegalArgumentException | FileSystemNotFoundException
                | SecurityException e) {
            return false;
        }
    }

    /**
     * {@code loader}, reading services files from the index in {@code classPath} if that is one jar whose index
     * applies (see above); else {@code loader} itself.
     */
    static ClassLoader over(ClassLoader loader, String classPath) {
        if (classPath.isEmpty() || classPath.contains(File.pathSeparator)) {
            return loader;
        }
        // A zip file, not a JarFile: no manifest or signature is read (and where the class loader has the same jar
        // open, the JDK shares the open file).
        try (ZipFile jar = new ZipFile(Path.of(classPath).toFile())) {
            Map<String, URL> copies = new HashMap<>();
            for (String file : FILES) {
                ZipEntry copy = jar.getEntry(copyName(file));
                if (copy == null || jar.getEntry(file) != null) {
                    return loader;
                }
                byte[] bytes;
                try (InputStream in = jar.getInputStream(copy)) {
                    bytes = in.readAllBytes();
                }
                if (file.equals(Backends.SERVICES_FILE) && !everyProviderLoads(bytes, loader)) {
                    return loader;
                }
                copies.put(file, inMemory(jar.getName(), copy.getName(), bytes));
            }
            return new ServicesIndex(loader, copies);
        } catch (IOException | InvalidPathException | SecurityException e) {
            return loader;
        }
    }

    /**
     * The resources {@code name}: for a services file of {@link #FILES}, its copy in the index; else, as the parent
     * finds them.
     */
    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        URL copy = copies.get(name);
        return copy != null ? Collections.enumeration(List.of(copy)) : super.getResources(name);
    }

    /** Whether {@code loader} finds every provider the services file {@code servicesFile} names. */
    private static boolean everyProviderLoads(byte[] servicesFile, ClassLoader loader) throws IOException {
        try {
            for (String provider : Backends.providersNamedIn(new ByteArrayInputStream(servicesFile))) {
                Class.forName(provider, false, loader);
            }
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Where the index keeps its copy of the services file {@code name} ("META-INF/services/..."). */
    static String copyName(String name) {
        return FOLDER + name.substring(SERVICES.length());
    }

    /**
     * A URL that reads {@code bytes}, named {@code jar:file:JAR!/ENTRY} after the jar and the entry, as a class loader
     * names them (which may spell the jar's path otherwise: resolving links, escaping what is not ASCII).
     */
    private static URL inMemory(String jar, String entry, byte[] bytes) throws MalformedURLException {
        URLStreamHandler handler = new URLStreamHandler() {
            @Override
            protected URLConnection openConnection(URL url) {
                return new URLConnection(url) {
                    @Override
                    public void connect() {
                        connected = true;
                    }

                    @Override
                    public InputStream getInputStream() {
                        return new ByteArrayInputStream(bytes);
                    }
                };
            }
        };
        return new URL("jar", null, -1, new File(jar).toURI() + "!/" + entry, handler);
    }
}
