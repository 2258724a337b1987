package io.github.nnbackends.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.nnbackends.discovery.BackendUnavailableException;
import io.github.nnbackends.discovery.Backends;
import io.github.nnbackends.spi.BackendProvider;
import io.github.nnbackends.spi.LinearAlgebra;
import io.github.nnbackends.spi.SpiVersion;
import org.junit.jupiter.api.Test;

/**
 * The provider: it names and describes itself as discovery needs, states an SPI version this nn runs, says it can
 * run here, and creates a new working backend each time it is asked.
 *
 * @since 2.0
 */
public interface ProviderContract extends BackendUnderTest {

    @Test
    default void providerNamesAndDescribesItself() {
        BackendProvider provider = provider();
        assertThat(BackendProvider.isValidName(provider.name()))
                .as("the name '%s' should be %s", provider.name(), BackendProvider.NAME_RULE).isTrue();
        assertThat(provider.library()).as("library(): the library's name as people write it, on one line")
                .isNotBlank().doesNotContain("\n", "\r");
        assertThat(provider.version()).as("version(): empty when it cannot tell, never blank, on one line")
                .satisfiesAnyOf(version -> assertThat(version).isEmpty(),
                        version -> assertThat(version.orElseThrow()).isNotBlank().doesNotContain("\n", "\r"));
    }

    @Test
    default void providerStatesAnSpiVersionThisNnRuns() {
        String stated = provider().spiVersion();
        SpiVersion builtFor;
        try {
            builtFor = SpiVersion.parse(stated);
        } catch (IllegalArgumentException e) {
            throw new AssertionError("spiVersion() returns '" + stated + "', which is not MAJOR.MINOR; implement it "
                    + "as: return SpiVersion.CURRENT;");
        }
        assertThat(SpiVersion.current().runs(builtFor))
                .as("spiVersion() says %s, but this kit is for SPI %s: build against the nn-api of the kit, and "
                        + "return SpiVersion.CURRENT", builtFor, SpiVersion.CURRENT).isTrue();
    }

    @Test
    default void providerSaysItCanRunHere() {
        assertThat(provider().unavailableReason()).as("unavailableReason() on the machine that runs the kit").isEmpty();
    }

    @Test
    default void providerCreatesANewWorkingBackendEachTime() {
        LinearAlgebra<?> first = createdOrFailWithTheReason();
        LinearAlgebra<?> second = createdOrFailWithTheReason();
        try {
            assertThat(second).as("create() returns a new backend each time").isNotSameAs(first);
            assertThat(worksAt(first)).isEqualTo(new double[] {0, 0, 0, 0, 0, 0});
            assertThat(worksAt(second)).isEqualTo(new double[] {0, 0, 0, 0, 0, 0});
        } finally {
            first.close();
            second.close();
        }
    }

    private LinearAlgebra<?> createdOrFailWithTheReason() {
        try {
            return Backends.create(provider());
        } catch (BackendUnavailableException e) {
            return fail("create() failed; nn would say: " + e.getMessage(), e);
        }
    }

    private static <M> double[] worksAt(LinearAlgebra<M> algebra) {
        return algebra.toRowMajor(algebra.zeros(2, 3));
    }
}
