package org.gridgov.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridgov.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Routing and dispatch in separate processes (two application contexts on one database): each
 * forgets, once a day, the events its own inbox processed more than 30 days ago, and keeps the
 * rest, however the roles are spread.
 */
class InboxMemoryPurgeIT {

    private static ApplicationContext routing;
    private static ApplicationContext dispatch;
    private final String consumer = "it-purge-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void twoProcesses() {
        routing = ApplicationContext.run(only("routing"), "test");
        dispatch = ApplicationContext.run(only("dispatch"), "test");
    }

    @AfterAll
    static void stop() {
        routing.close();
        dispatch.close();
    }

    @Test
    void eachProcessForgetsOnlyTheOldEventsOfItsOwnInboxAndOnlyOnceADay() {
        TestDatabase database = routing.getBean(TestDatabase.class);
        database.update("DELETE FROM platform.cluster_job WHERE name IN ('inbox-memory-purge.routing', 'inbox-memory-purge.dispatch')");
        for (String schema : List.of("routing", "dispatch")) {
            remember(database, schema, "31-days-ago", 31);
            remember(database, schema, "29-days-ago", 29);
        }

        routing.getBean(InboxMemoryPurge.class).purgeWhenDue();

        assertThat(remembered(database, "routing")).containsExactly("29-days-ago");
        assertThat(remembered(database, "dispatch")).as("not the routing process's inbox").containsExactlyInAnyOrder("29-days-ago", "31-days-ago");

        dispatch.getBean(InboxMemoryPurge.class).purgeWhenDue();
        assertThat(remembered(database, "dispatch")).containsExactly("29-days-ago");

        remember(database, "routing", "40-days-ago", 40);
        routing.getBean(InboxMemoryPurge.class).purgeWhenDue();
        dispatch.getBean(InboxMemoryPurge.class).purgeWhenDue();
        assertThat(remembered(database, "routing")).as("purged once a day").containsExactlyInAnyOrder("29-days-ago", "40-days-ago");
    }

    private void remember(TestDatabase database, String schema, String eventId, int daysAgo) {
        database.update("INSERT INTO " + schema + ".processed_message (consumer, event_id, processed_at) VALUES (?, ?, now() - make_interval(days => ?))",
                consumer, eventId, daysAgo);
    }

    private List<String> remembered(TestDatabase database, String schema) {
        return database.list("SELECT event_id FROM " + schema + ".processed_message WHERE consumer = ?", rs -> rs.getString(1), consumer);
    }

    private static Map<String, Object> only(String role) {
        Map<String, Object> properties = new HashMap<>();
        for (String each : List.of("grid", "intake", "routing", "dispatch", "dashboard", "registry")) {
            properties.put("gridgov.roles." + each, String.valueOf(each.equals(role)));
        }
        properties.put("gridgov.inbox.purge.initial-delay", "1h");
        return properties;
    }
}
