package io.github.nnbackends.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** nn-api's own classes (not its tests) keep {@link Layers}' rules. */
@AnalyzeClasses(packages = "io.github.nnbackends", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule contractStandsAlone = Layers.CONTRACT_STANDS_ALONE;

    @ArchTest
    static final ArchRule trainerOnTheContractOnly = Layers.TRAINER_ON_THE_CONTRACT_ONLY;

    @ArchTest
    static final ArchRule initializationOnTheJdkOnly = Layers.INITIALIZATION_ON_THE_JDK_ONLY;

    @ArchTest
    static final ArchRule discoveryNamesNoBackend = Layers.DISCOVERY_NAMES_NO_BACKEND;
}
