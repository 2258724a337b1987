package io.github.nnbackends.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.github.nnbackends.discovery.archfixture.DiscoveryNamingABackend;
import io.github.nnbackends.numpy.archfixture.GeneratorReadingTheContract;
import io.github.nnbackends.spi.archfixture.ContractThatTrains;
import io.github.nnbackends.spi.archfixture.PlainContractHelper;
import io.github.nnbackends.train.archfixture.TrainerThatDiscovers;
import org.junit.jupiter.api.Test;

/**
 * Each of {@link Layers}' rules fails on a small class (in nn-api's test sources) that breaks it, naming the class
 * and what it reaches, and passes a class that keeps it: a rule that could not fail would guard nothing.
 */
class LayersFailWhenBrokenTest {

    private static JavaClasses classes(Class<?>... classes) {
        return new ClassFileImporter().importClasses(classes);
    }

    private static void assertFailsNaming(ArchRule rule, Class<?> offender, String reached) {
        assertThatThrownBy(() -> rule.check(classes(offender))).isInstanceOf(AssertionError.class)
                .hasMessageContaining("was violated")
                .hasMessageContaining(offender.getName())
                .hasMessageContaining(reached);
    }

    @Test
    void theContractMayNotReachTheTrainer() {
        assertFailsNaming(Layers.CONTRACT_STANDS_ALONE, ContractThatTrains.class, "io.github.nnbackends.train.Trainer");
        assertThatCode(() -> Layers.CONTRACT_STANDS_ALONE.check(classes(PlainContractHelper.class)))
                .doesNotThrowAnyException();
    }

    @Test
    void theTrainerMayNotReachDiscovery() {
        assertFailsNaming(Layers.TRAINER_ON_THE_CONTRACT_ONLY, TrainerThatDiscovers.class,
                "io.github.nnbackends.discovery.Backends");
    }

    @Test
    void numpysGeneratorMayNotReachTheContract() {
        assertFailsNaming(Layers.INITIALIZATION_ON_THE_JDK_ONLY, GeneratorReadingTheContract.class,
                "io.github.nnbackends.spi.Shape");
    }

    @Test
    void discoveryMayNotNameABackend() {
        assertFailsNaming(Layers.DISCOVERY_NAMES_NO_BACKEND, DiscoveryNamingABackend.class,
                "io.github.nnbackends.backend.archfixture.SomeBackend");
    }
}
