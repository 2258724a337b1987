package io.github.nnbackends.backend.commons;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nnbackends.spi.BackendProvider;
import java.nio.file.Path;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.junit.jupiter.api.Test;

/** What the provider tells discovery beyond the kit's rules: the version users see, and its rank. */
class CommonsMathProviderTest {

    @Test
    void statesTheVersionOfTheLibraryJarItRunsOn() throws Exception {
        Path jar = Path.of(Array2DRowRealMatrix.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String name = jar.getFileName().toString();
        assertThat(name).startsWith("commons-math3-").endsWith(".jar");
        assertThat(new CommonsMathProvider().version()).contains(name.substring("commons-math3-".length(), name.length() - 4));
    }

    @Test
    void ranksLastOfTheBuiltInBackendsAsTheSlowest() {
        assertThat(new CommonsMathProvider().priority()).isEqualTo(BackendProvider.PRIORITY_SLOW);
    }
}
