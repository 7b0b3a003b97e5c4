package org.gridgov.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.gridgov.dispatch.domain.Case;
import org.gridgov.dispatch.persistence.CaseStore;
import org.junit.jupiter.api.Test;

/** The demo cases appear at start with a lived history, and a second start changes nothing. */
class DemoCasesIT {

    private static final Map<String, Object> DEMO_DISPATCH_ONLY = Map.of(
            "gridgov.demo.enabled", "true",
            "gridgov.roles.grid", "false", "gridgov.roles.intake", "false", "gridgov.roles.routing", "false",
            "gridgov.roles.dashboard", "false", "gridgov.roles.registry", "false",
            "gridgov.dispatch.scheduler.enabled", "false",
            "micronaut.server.port", "-1",
            "datasources.default.maximum-pool-size", "4");

    @Test
    void demoCasesAreLoadedOnceWithTheirHistory() {
        List<Case> first = loadDemo();

        assertThat(first).extracting(c -> c.state().wire())
                .containsExactly("closed", "closed", "accepted", "dispatched", "reported", "rejected");
        assertThat(first.get(0).closedOnTime()).isTrue();
        assertThat(first.get(1).closedOnTime()).isFalse();
        assertThat(first.get(3).deadline().dueAt()).as("the demo's overdue case").isBefore(java.time.Instant.now());
        assertThat(first).allSatisfy(c -> assertThat(c.number()).matches("ZB-\\d{4}-\\d{6}"));

        List<Case> second = loadDemo();
        assertThat(second).extracting(Case::version).isEqualTo(first.stream().map(Case::version).toList());
    }

    private static List<Case> loadDemo() {
        try (ApplicationContext context = ApplicationContext.builder().environments("test")
                .properties(DEMO_DISPATCH_ONLY).start()) {
            CaseStore store = context.getBean(CaseStore.class);
            return IntStream.rangeClosed(1, 6)
                    .mapToObj(n -> UUID.nameUUIDFromBytes(("gridgov-demo-case-" + n).getBytes(StandardCharsets.UTF_8)))
                    .map(id -> store.find(id).orElseThrow())
                    .toList();
        }
    }
}
