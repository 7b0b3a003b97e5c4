package org.gridgov.dispatch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class DispatchArchitectureTest {

    private final JavaClasses dispatch = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gridgov.dispatch");

    @Test
    void theCaseDomainIsPlainJava() {
        noClasses().that().resideInAPackage("org.gridgov.dispatch.domain..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.gridgov.dispatch.domain..")
                .check(dispatch);
    }

    @Test
    void dispatchReachesNoOtherServiceOnlyThePlatform() {
        noClasses().that().resideInAPackage("org.gridgov.dispatch..")
                .should().dependOnClassesThat().resideInAnyPackage("org.gridgov.grid..", "org.gridgov.intake..",
                        "org.gridgov.routing..", "org.gridgov.dashboard..", "org.gridgov.registry..")
                .check(dispatch);
    }
}
