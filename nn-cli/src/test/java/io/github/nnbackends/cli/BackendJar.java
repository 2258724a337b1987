package io.github.nnbackends.cli;

import io.github.nnbackends.spi.BackendProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Builds a backend jar the way a backend author would: compiled against nn-api alone, with a service file. */
final class BackendJar {

    /** The example of the README's guide, "Adding a backend". */
    static final Path EXAMPLE = Path.of("..", "examples", "nn-backend-plain", "src", "main");

    private BackendJar() {
    }

    /** A jar of the example backend, built from its sources into {@code folder}. */
    static Path example(Path folder) throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(EXAMPLE.resolve("java"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        String services = Files.readString(EXAMPLE.resolve("resources/META-INF/services/io.github.nnbackends.spi.BackendProvider"));
        return build(folder, "plain.jar", sources, services);
    }

    /**
     * A jar of the example backend's classes and of {@code sources} beside them (in its package, so that they may
     * use its package-private classes), whose service file lists {@code providers} only.
     */
    static Path exampleWith(Path folder, String name, Map<String, String> sources, List<String> providers)
            throws IOException {
        List<Path> files = write(folder.resolve(name + "-src"), sources);
        try (Stream<Path> example = Files.walk(EXAMPLE.resolve("java"))) {
            example.filter(f -> f.toString().endsWith(".java")).forEach(files::add);
        }
        return build(folder, name, files, String.join("\n", providers) + "\n");
    }

    /** A jar of {@code sources} (class name to source text) whose service file lists {@code providers}. */
    static Path of(Path folder, String name, Map<String, String> sources, List<String> providers) throws IOException {
        return build(folder, name, write(folder.resolve(name + "-src"), sources), String.join("\n", providers) + "\n");
    }

    private static List<Path> write(Path sourceFolder, Map<String, String> sources) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = sourceFolder.resolve(source.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            files.add(Files.writeString(file, source.getValue()));
        }
        return files;
    }

    private static Path build(Path folder, String name, List<Path> sources, String services) throws IOException {
        Path classes = Files.createDirectories(folder.resolve(name + "-classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath", nnApi(), "-nowarn"));
        sources.forEach(source -> args.add(source.toString()));
        if (javac.run(null, null, System.err, args.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("the backend's sources did not compile: " + sources);
        }
        Path jar = folder.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                add(out, classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
            add(out, "META-INF/services/io.github.nnbackends.spi.BackendProvider", services.getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }

    private static void add(JarOutputStream out, String entry, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(entry));
        OutputStream stream = out;
        stream.write(bytes);
        out.closeEntry();
    }

    /** Where the SPI's classes are: the only thing a backend compiles against. */
    private static String nnApi() {
        try {
            return Path.of(BackendProvider.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
