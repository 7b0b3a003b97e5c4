package org.gridgov;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gridgov.platform.messaging.Inbox;
import org.gridgov.platform.messaging.InboxListener;
import org.gridgov.platform.messaging.Outbox;
import org.gridgov.platform.messaging.SequencedEvents;
import org.gridgov.platform.messaging.ServiceInbox;
import org.gridgov.platform.messaging.ServiceOutbox;
import org.gridgov.platform.roles.Roles;
import org.junit.jupiter.api.Test;

/** The architecture the tree promises: framework-free domains, and services that never reach into each other. */
class ArchitectureTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gridgov");

    /** The city-day simulator's package: a client of the platform, not a role (docs/simulator.md). */
    private static final String SIMULATOR = "simulator";

    private static final String[] SERVICES = Roles.ALL.stream().map(role -> "org.gridgov." + role + "..")
            .toArray(String[]::new);

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

    /**
     * The city-day simulator is a client of the running platform, not a service: it reaches the
     * platform only over its public HTTP API, so it uses no class of any service or of the platform
     * and no framework; and nothing in the platform or the services depends on it.
     */
    @Test
    void theSimulatorIsAClientOfThePublicApiOnly() {
        noClasses().that().resideInAPackage("org.gridgov." + SIMULATOR + "..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.gridgov.platform..", "org.gridgov.grid..", "org.gridgov.intake..", "org.gridgov.routing..",
                        "org.gridgov.dispatch..", "org.gridgov.dashboard..", "org.gridgov.registry..",
                        "io.micronaut..", "jakarta..", "java.sql..", "org.apache.kafka..")
                .check(PRODUCTION);
        noClasses().that().resideOutsideOfPackage("org.gridgov." + SIMULATOR + "..")
                .should().dependOnClassesThat().resideInAPackage("org.gridgov." + SIMULATOR + "..")
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

    /**
     * Every bean of a service is gated by its role once, on the service's package: a
     * {@code package-info.java} with {@code @Configuration} and
     * {@code @Requires(property = "gridgov.roles.<service>", notEquals = "false")} covers the package and
     * all below it. A new top-level package must be a role, or it would run in every process.
     */
    @Test
    void everyServiceIsSwitchedOnByItsRoleOnItsPackage() {
        Set<String> services = new TreeSet<>();
        for (JavaPackage child : PRODUCTION.getPackage("org.gridgov").getSubpackages()) {
            services.add(child.getRelativeName());
        }
        services.remove("platform");
        services.remove(SIMULATOR);
        assertThat(services).as("top-level packages besides platform and the simulator are the roles")
                .containsExactlyInAnyOrderElementsOf(Roles.ALL);
        for (String service : services) {
            JavaPackage root = PRODUCTION.getPackage("org.gridgov." + service);
            assertThat(root.isAnnotatedWith(Configuration.class))
                    .as("org.gridgov.%s/package-info.java is a @Configuration", service).isTrue();
            List<String> gates = root.getAnnotations().stream()
                    .filter(annotation -> annotation.getRawType().isEquivalentTo(Requires.class))
                    .map(ArchitectureTest::describeRequires)
                    .toList();
            assertThat(gates).as("the role gate on org.gridgov.%s", service)
                    .containsExactly("gridgov.roles." + service + "!=false");
        }
    }

    /**
     * A service's schema is said once, on its {@code ServiceOutbox} and {@code ServiceInbox} beans; no
     * use case or listener hands a schema name to the platform's outbox, inbox or event ordering itself.
     */
    @Test
    void servicesUseTheirOwnOutboxAndInboxBeans() {
        noClasses().that().resideInAnyPackage(SERVICES)
                .and().areNotAssignableTo(ServiceOutbox.class).and().areNotAssignableTo(ServiceInbox.class)
                .and().haveNameNotMatching(".*\\.\\$.*") // Micronaut's generated bean definitions
                .should().dependOnClassesThat().areAssignableTo(Inbox.class)
                .orShould().dependOnClassesThat().areAssignableTo(SequencedEvents.class)
                .orShould().callMethod(Outbox.class, "append", String.class, String.class, String.class, Object.class)
                .orShould().callMethod(Outbox.class, "appendAll", String.class, List.class)
                .check(PRODUCTION);
    }

    /**
     * A listener that hands its records to a service's inbox carries the one shared error strategy
     * ({@code @InboxListener}); a bare {@code @KafkaListener} is only for per-instance, in-memory
     * consumers (a group of their own from the newest offset) that keep nothing in the database.
     */
    @Test
    void listenersOfAnInboxUseTheSharedListenerAnnotation() {
        List<String> wrong = PRODUCTION.stream()
                .filter(type -> type.isMetaAnnotatedWith(KafkaListener.class))
                .filter(type -> type.getDirectDependenciesFromSelf().stream()
                        .anyMatch(dependency -> dependency.getTargetClass().isAssignableTo(ServiceInbox.class)))
                .filter(type -> !type.isAnnotatedWith(InboxListener.class))
                .map(JavaClass::getName)
                .toList();
        assertThat(wrong).as("listeners that use an inbox without @InboxListener").isEmpty();
        assertThat(PRODUCTION.stream().filter(type -> type.isAnnotatedWith(InboxListener.class)).count())
                .as("the rule has listeners to look at").isGreaterThanOrEqualTo(6);
    }

    /** The gate is said once: no class or factory method repeats a role's {@code @Requires}. */
    @Test
    void noBeanRepeatsTheRoleGate() {
        List<String> repeated = PRODUCTION.stream()
                .filter(type -> !type.getSimpleName().equals("package-info"))
                .flatMap(type -> Stream.concat(
                        type.getAnnotations().stream().map(a -> Map.entry(type.getName(), a)),
                        type.getMethods().stream().flatMap(m -> m.getAnnotations().stream()
                                .map(a -> Map.entry(m.getFullName(), a)))))
                .filter(entry -> entry.getValue().getRawType().isEquivalentTo(Requires.class))
                .filter(entry -> describeRequires(entry.getValue()).startsWith("gridgov.roles."))
                .map(Map.Entry::getKey)
                .toList();
        assertThat(repeated).isEmpty();
    }

    private static String describeRequires(JavaAnnotation<?> requires) {
        return requires.get("property").orElse("") + "!=" + requires.get("notEquals").orElse("");
    }
}
