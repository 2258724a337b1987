package io.github.nnbackends.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering inside nn-api, which Maven's module graph cannot see: the contract a backend author implements
 * ({@code spi}) stands alone; the trainer ({@code train}) is built on the contract and numpy's initialization
 * ({@code numpy}) only; discovery never names a backend. Checked on nn-api's classes by {@link ArchitectureTest},
 * and shown to fail on classes that break them by {@link LayersFailWhenBrokenTest}.
 */
final class Layers {

    private static final String NN = "io.github.nnbackends.";

    static final ArchRule CONTRACT_STANDS_ALONE = classes().that().resideInAPackage(NN + "spi..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(NN + "spi..", "java..")
            .because("a backend author implements the contract alone: it depends on nothing of discovery, the "
                    + "trainer, the CLI or any other part of nn");

    static final ArchRule TRAINER_ON_THE_CONTRACT_ONLY = classes().that().resideInAPackage(NN + "train..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(NN + "train..", NN + "spi..", NN + "numpy..",
                    "java..")
            .because("the trainer runs on any backend through the contract (and draws its data with numpy's "
                    + "generator), never through discovery, the CLI or a backend");

    static final ArchRule INITIALIZATION_ON_THE_JDK_ONLY = classes().that().resideInAPackage(NN + "numpy..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(NN + "numpy..", "java..")
            .because("numpy's generator is plain arithmetic, which the trainer's data may use freely");

    static final ArchRule DISCOVERY_NAMES_NO_BACKEND = noClasses().that().resideInAPackage(NN + "discovery..")
            .should().dependOnClassesThat().resideInAnyPackage(NN + "backend..", NN + "cli..")
            .because("backends are found at run time through ServiceLoader, never named");

    private Layers() {
    }
}
