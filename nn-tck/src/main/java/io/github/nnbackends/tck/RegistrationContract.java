package io.github.nnbackends.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nnbackends.discovery.Backends;
import io.github.nnbackends.discovery.FoundBackend;
import io.github.nnbackends.discovery.Unavailable;
import io.github.nnbackends.spi.BackendProvider;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The provider is registered as nn finds it: a line of {@code META-INF/services/io.github.nnbackends.spi.BackendProvider}
 * names its class, and discovery on this class path finds it under its name, usable. Without this, every other
 * contract passes and nn still says there is no such backend.
 *
 * @since 2.0
 */
public interface RegistrationContract extends BackendUnderTest {

    @Test
    default void theServicesFileNamesTheProvider() throws IOException {
        String provider = provider().getClass().getName();
        List<String> named = new ArrayList<>();
        for (URL file : Collections.list(loader().getResources(Backends.SERVICES_FILE))) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(file.openStream(),
                    StandardCharsets.UTF_8))) {
                in.lines().map(line -> line.replaceFirst("#.*", "").strip()).filter(line -> !line.isEmpty())
                        .forEach(named::add);
            }
        }
        List<String> noClass = named.stream().filter(name -> !loads(name)).toList();
        String file = Backends.SERVICES_FILE;
        assertThat(named).as(named.isEmpty()
                ? "no " + file + " on the class path: create src/main/resources/" + file + " with the line " + provider
                : file + " names " + named + " but not " + provider + ": add the line " + provider
                        + " (the provider's class name, exactly)"
                        + (noClass.isEmpty() ? "" : "; it names no class as " + noClass + " (misspelt?)"))
                .contains(provider);
    }

    @Test
    default void discoveryFindsTheProviderUnderItsNameAndCanUseIt() {
        BackendProvider provider = provider();
        FoundBackend found = Backends.discover(loader()).all().stream()
                .filter(backend -> backend.name().equals(provider.name())).findFirst().orElse(null);
        assertThat(found).as("nn's discovery on this class path finds no backend named '%s'", provider.name())
                .isNotNull();
        assertThat(found.unavailable().map(Unavailable::reason))
                .as("nn finds '%s' but cannot use it", provider.name()).isEmpty();
        assertThat(found.provider().orElseThrow().getClass()).as("the backend nn finds under '%s'", provider.name())
                .isEqualTo(provider.getClass());
    }

    private boolean loads(String className) {
        try {
            Class.forName(className, false, loader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private ClassLoader loader() {
        return provider().getClass().getClassLoader();
    }
}
