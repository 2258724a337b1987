package io.github.nnbackends.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

/** The versions of the built-in backends' libraries, as the build declares them (libraries.properties). */
final class Libraries {

    private static final Properties VERSIONS = new Properties();

    static {
        try (InputStream in = Objects.requireNonNull(Libraries.class.getResourceAsStream("libraries.properties"))) {
            VERSIONS.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Libraries() {
    }

    /** The version of the library of the backend {@code name}, e.g. {@code 0.46.1} for ejml. */
    static String version(String backend) {
        return Objects.requireNonNull(VERSIONS.getProperty(backend), backend);
    }

    /** The same, quoted for a regular expression. */
    static String versionPattern(String backend) {
        return Pattern.quote(version(backend));
    }
}
