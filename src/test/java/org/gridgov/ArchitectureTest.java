package org.gridgov;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The architecture the tree promises: framework-free domains, and services that never reach into each other. */
class ArchitectureTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gridgov");

    @Test
    void domainCodeIsPlainJava() {
        noClasses().that().resideInAPackage("org.gridgov..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.micronaut..", "jakarta..", "javax.sql..", "java.sql..", "org.apache.kafka..",
                        "org.postgresql..", "net.postgis..", "org.flywaydb..")
                .allowEmptyShould(true)
                .check(PRODUCTION);
    }

    @Test
    void servicesTalkOnlyThroughMessagesAndHttpNeverThroughEachOthersClasses() {
        slices().matching("org.gridgov.(*)..")
                .should().notDependOnEachOther()
                .ignoreDependency(alwaysTrue(), resideInAPackage("org.gridgov.platform.."))
                .ignoreDependency(resideInAPackage("org.gridgov"), alwaysTrue())
                .allowEmptyShould(true)
                .check(PRODUCTION);
    }

    @Test
    void thePlatformDependsOnNoService() {
        noClasses().that().resideInAPackage("org.gridgov.platform..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.gridgov.grid..", "org.gridgov.intake..", "org.gridgov.routing..",
                        "org.gridgov.dispatch..", "org.gridgov.dashboard..", "org.gridgov.registry..")
                .allowEmptyShould(true)
                .check(PRODUCTION);
    }
}
