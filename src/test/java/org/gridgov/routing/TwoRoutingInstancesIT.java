package org.gridgov.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gridgov.routing.Messages.json;
import static org.gridgov.routing.Messages.read;
import static org.gridgov.routing.Messages.report;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import io.micronaut.configuration.kafka.ConsumerRegistry;
import java.util.HashMap;
import java.util.HashSet;
import org.apache.kafka.common.TopicPartition;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.routing.Messages.Place;
import org.gridgov.support.KafkaTestProducer;
import org.gridgov.support.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Two routing instances in one consumer group share the partitions and route every report once. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoRoutingInstancesIT {

    private static final int REPORTS = 120;

    @Inject TransactionOperations<Connection> transactions;
    @Inject ConsumerRegistry consumers;
    @Value("${kafka.bootstrap.servers}") String bootstrap;

    ApplicationContext secondInstance;

    @BeforeAll
    void startASecondRoutingInstance() {
        secondInstance = ApplicationContext.builder()
                .environments("test")
                .properties(Map.of(
                        "gridgov.roles.grid", "false", "gridgov.roles.intake", "false",
                        "gridgov.roles.dispatch", "false", "gridgov.roles.dashboard", "false",
                        "gridgov.roles.registry", "false", "gridgov.roles.routing", "true",
                        "micronaut.server.port", "-1",
                        // the database is shared by every suite on the machine: a small pool is enough
                        "datasources.default.maximum-pool-size", "5"))
                .start();
    }

    @AfterAll
    void stopIt() {
        if (secondInstance != null) {
            secondInstance.close();
        }
    }

    @Test
    void everyReportIsRoutedExactlyOnce() {
        // both instances must hold some of the partitions (once the group has settled), or this
        // would test only one of them
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            Set<TopicPartition> first = reportPartitions(consumers);
            Set<TopicPartition> second = reportPartitions(secondInstance.getBean(ConsumerRegistry.class));
            Set<TopicPartition> both = new HashSet<>(first);
            both.retainAll(second);
            return !first.isEmpty() && !second.isEmpty() && both.isEmpty();
        });
        Place place = Place.somewhereNew();
        List<UUID> reportIds = IntStream.range(0, REPORTS).mapToObj(i -> UUID.randomUUID()).toList();
        try (TopicProbe decisions = TopicProbe.open(bootstrap, Topics.ROUTING);
             KafkaTestProducer producer = new KafkaTestProducer(bootstrap)) {
            for (int i = 0; i < REPORTS; i++) {
                // alternate categories and keep 100 m apart: each one is a case of its own
                producer.send(Topics.REPORTS, reportIds.get(i).toString(), json(report(reportIds.get(i),
                        i % 2 == 0 ? "0102" : "0501", place.north(100.0 * i), Instant.now())));
            }
            await().atMost(Duration.ofSeconds(120)).until(() -> routed(reportIds) == REPORTS);

            Set<String> wanted = reportIds.stream().map(UUID::toString).collect(Collectors.toSet());
            Map<String, Integer> decisionsPerReport = new HashMap<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                decisionsPerReport.clear();
                decisions.drain(Duration.ofMillis(500)).stream()
                        .map(record -> read(record.value()).path("reportId").asText())
                        .filter(wanted::contains)
                        .forEach(id -> decisionsPerReport.merge(id, 1, Integer::sum));
                return decisionsPerReport.size() == REPORTS;
            });
            assertThat(decisionsPerReport.values()).allMatch(count -> count == 1);
        }
        assertThat(routed(reportIds)).isEqualTo((long) REPORTS);
        assertThat(casesOpened(reportIds)).isEqualTo((long) REPORTS);
    }

    private long routed(List<UUID> reportIds) {
        return Db.number(transactions, "SELECT count(*) FROM routing.routed_report WHERE report_id = ANY (?::uuid[])",
                array(reportIds));
    }

    private long casesOpened(List<UUID> reportIds) {
        return Db.number(transactions, "SELECT count(*) FROM routing.case_file WHERE first_report_id = ANY (?::uuid[])",
                array(reportIds));
    }

    private static Set<TopicPartition> reportPartitions(ConsumerRegistry registry) {
        Set<TopicPartition> assigned = new HashSet<>();
        for (String id : registry.getConsumerIds()) {
            try {
                registry.getConsumerAssignment(id).stream()
                        .filter(partition -> partition.topic().equals(Topics.REPORTS))
                        .forEach(assigned::add);
            } catch (RuntimeException notAssignedYet) {
                // a consumer between rebalances has no assignment to show
            }
        }
        return assigned;
    }

    private static String array(List<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }
}
