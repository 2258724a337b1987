package io.github.nnbackends.spi;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Reads a library's version from the {@code pom.properties} that Maven puts in its jar, without loading its classes. */
public final class MavenVersion {

    private MavenVersion() {
    }

    /** The version of {@code groupId:artifactId} as seen by {@code loader}, or {@code "unknown"}. */
    public static String of(ClassLoader loader, String groupId, String artifactId) {
        String resource = "META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
