package io.github.nnbackends.spi;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads a library's version from the {@code pom.properties} that Maven puts in its jar, without loading its
 * classes: what {@link BackendProvider#version()} needs, cheaply.
 *
 * @since 2.0
 */
public final class MavenVersion {

    private MavenVersion() {
    }

    /**
     * The version of {@code groupId:artifactId} as {@code loader} sees it (pass your provider's class loader, which
     * sees the jars of the backend path too); empty if its jar is not there or says nothing.
     */
    public static Optional<String> of(ClassLoader loader, String groupId, String artifactId) {
        String resource = "META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(in);
            return Optional.ofNullable(properties.getProperty("version")).filter(v -> !v.isBlank());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
