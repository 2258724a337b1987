package io.github.nnbackends.spi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reads the pom.properties files in nn-api's test resources, as a provider reads its library's. */
class MavenVersionTest {

    private final ClassLoader loader = MavenVersionTest.class.getClassLoader();

    @Test
    void readsTheVersionThatMavenWroteIntoTheJar() {
        assertThat(MavenVersion.of(loader, "org.example", "lib")).contains("3.1.4");
    }

    @Test
    void isEmptyWhenTheJarIsMissingOrSaysNothing() {
        assertThat(MavenVersion.of(loader, "org.example", "absent")).isEmpty();
        assertThat(MavenVersion.of(loader, "org.example", "blank")).isEmpty();
        assertThat(MavenVersion.of(loader, "org.example", "unversioned")).isEmpty();
    }

    @Test
    void keepsMatricesOnTheHeapUnlessAProviderSaysOtherwise() {
        BackendProvider plain = new BackendProvider() {
            @Override
            public String name() {
                return "plain";
            }

            @Override
            public String library() {
                return "arrays";
            }

            @Override
            public java.util.Optional<String> version() {
                return java.util.Optional.empty();
            }

            @Override
            public String spiVersion() {
                return SpiVersion.CURRENT;
            }

            @Override
            public LinearAlgebra<?> create() {
                return new PlainAlgebra();
            }
        };
        assertThat(plain.keepsMatricesOffHeap()).isFalse();
        assertThat(plain.priority()).isEqualTo(BackendProvider.PRIORITY_UNRANKED);
        assertThat(plain.unavailableReason()).isEmpty();
    }
}
