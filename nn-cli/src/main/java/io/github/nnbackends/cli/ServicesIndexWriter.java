package io.github.nnbackends.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;

/**
 * Writes the {@link ServicesIndex}: the build runs {@link #main} with nn-cli's run-time class path, the jars that its
 * manifest names, and it copies every backend services file on it, one after the other in class path order, into one
 * file of that name in the classes folder ({@link ServicesIndex#copyName}).
 */
final class ServicesIndexWriter {

    private ServicesIndexWriter() {
    }

    /** Writes the index into the classes folder {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        write(ServicesIndexWriter.class.getClassLoader(), Path.of(args[0]));
    }

    /** Writes the index of the services files {@code loader} finds into the classes folder {@code classes}. */
    static void write(ClassLoader loader, Path classes) throws IOException {
        for (String name : ServicesIndex.FILES) {
            Path copy = classes.resolve(ServicesIndex.copyName(name));
            Files.createDirectories(copy.getParent());
            Files.write(copy, gathered(loader, name));
        }
    }

    /** Every services file {@code name} that {@code loader} finds, one after the other, each ending its last line. */
    static byte[] gathered(ClassLoader loader, String name) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(("# Every " + name + " of nn's class path, gathered by the build\n").getBytes(UTF_8));
        for (Enumeration<URL> files = loader.getResources(name); files.hasMoreElements(); ) {
            try (InputStream in = files.nextElement().openStream()) {
                byte[] file = in.readAllBytes();
                all.writeBytes(file);
                if (file.length > 0 && file[file.length - 1] != '\n') {
                    all.write('\n');
                }
            }
        }
        return all.toByteArray();
    }
}
