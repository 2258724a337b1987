package io.github.nnbackends.backend.ojalgo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nnbackends.spi.BackendProvider;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.ojalgo.matrix.store.R064Store;

/** What the provider tells discovery beyond the kit's rules: the version users see, and its rank. */
class OjAlgoProviderTest {

    @Test
    void statesTheVersionOfTheLibraryJarItRunsOn() throws Exception {
        Path jar = Path.of(R064Store.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String name = jar.getFileName().toString();
        assertThat(name).startsWith("ojalgo-").endsWith(".jar");
        assertThat(new OjAlgoProvider().version()).contains(name.substring("ojalgo-".length(), name.length() - 4));
    }

    @Test
    void ranksJustBelowEjmlSoThatEjmlStaysTheDefault() {
        assertThat(new OjAlgoProvider().priority()).isEqualTo(BackendProvider.PRIORITY_QUICK - 1);
    }
}
