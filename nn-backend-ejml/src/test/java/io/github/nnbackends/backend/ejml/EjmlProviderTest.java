package io.github.nnbackends.backend.ejml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nnbackends.spi.BackendProvider;
import java.nio.file.Path;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/** What the provider tells discovery beyond the kit's rules: the version users see, and its rank. */
class EjmlProviderTest {

    @Test
    void statesTheVersionOfTheEjmlJarItRunsOn() throws Exception {
        Path jar = Path.of(CommonOps_DDRM.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String name = jar.getFileName().toString();
        assertThat(name).startsWith("ejml-ddense-").endsWith(".jar");
        assertThat(new EjmlProvider().version()).contains(name.substring("ejml-ddense-".length(), name.length() - 4));
    }

    @Test
    void ranksFirstSoThatItIsTheDefaultBackend() {
        assertThat(new EjmlProvider().priority()).isEqualTo(BackendProvider.PRIORITY_QUICK);
    }
}
