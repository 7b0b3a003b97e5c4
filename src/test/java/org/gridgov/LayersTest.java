package org.gridgov;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import java.util.List;
import org.gridgov.platform.roles.Roles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layers inside each service (docs/ARCHITECTURE.md): web → app → domain; persistence and
 * messaging are adapters the use cases call; remote holds clients of other services' HTTP APIs,
 * which implement a use case's port and are reached only through it; nothing depends on web. The layering holds without
 * exception. So does the rule that use cases speak no HTTP. The rule that they take no wire record
 * still has violations from before it was written, recorded in {@code src/test/resources/archunit-store};
 * they shrink as they are fixed (the store forgets a fixed one) and any new one fails the build.
 */
class LayersTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gridgov");

    static List<String> services() {
        return Roles.ALL;
    }

    @ParameterizedTest
    @MethodSource("services")
    void layersPointInwards(String service) {
        String root = "org.gridgov." + service;
        ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("web").definedBy(root + ".web..", root + ".open311..")
                .layer("app").definedBy(root + ".app..", root + ".scheduling..")
                .layer("domain").definedBy(root + ".domain..")
                .layer("persistence").definedBy(root + ".persistence..")
                .layer("messaging").definedBy(root + ".messaging..")
                .optionalLayer("remote").definedBy(root + ".remote..")
                .whereLayer("web").mayNotBeAccessedByAnyLayer()
                .whereLayer("app").mayOnlyBeAccessedByLayers("web", "messaging", "remote")
                .whereLayer("persistence").mayOnlyBeAccessedByLayers("app")
                .whereLayer("messaging").mayOnlyBeAccessedByLayers("app")
                .whereLayer("remote").mayNotBeAccessedByAnyLayer()
                .as("layers of " + service);
        layers.check(PRODUCTION);
    }

    /** Listeners turn a wire record into a domain type first; a use case never takes a Kafka message. */
    @org.junit.jupiter.api.Test
    void useCasesTakeNoWireRecords() {
        ArchRule rule = noMethods().that().areDeclaredInClassesThat().resideInAPackage("org.gridgov.*.app..")
                .should().haveRawParameterTypes(DescribedPredicate.describe("a wire record of a messaging package",
                        (List<JavaClass> parameters) -> parameters.stream()
                                .anyMatch(type -> type.getPackageName().matches("org\\.gridgov\\.\\w+\\.messaging.*"))));
        FreezingArchRule.freeze(rule).check(PRODUCTION);
    }

    /** Use cases refuse in their own terms; only the web layer speaks HTTP and problem+json. */
    @org.junit.jupiter.api.Test
    void useCasesSpeakNoHttp() {
        ArchRule rule = noClasses().that().resideInAPackage("org.gridgov.*.app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.gridgov.platform.problem..", "io.micronaut.http..");
        rule.check(PRODUCTION);
    }
}
