package org.gridgov.dashboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Value;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gridgov.dashboard.messaging.DashboardConsumers;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.support.JsonSchemas;
import org.gridgov.support.KafkaTestProducer;
import org.gridgov.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.gridgov.support.TestTownships;

/**
 * A rebuild replays gridgov.cases.v1 from the start while the live listener keeps consuming. Both
 * hand records to the same {@link DashboardConsumers}; here they are interleaved by hand, the live
 * listener ahead of the replay, the way they meet on a busy platform. The case's numbered events
 * decide: each is applied once, in order, whichever path brings it first.
 */
@MicronautTest(transactional = false)
class RebuildRacingLiveListenerIT {

    @Inject DashboardConsumers consumers;
    @Inject TestDatabase db;
    @Inject JsonMapper json;
    @Value("${kafka.bootstrap.servers}") String bootstrap;


    @Test
    void eventsTheLiveListenerBringsBeforeTheReplayWaitAndEveryStepCountsOnce() throws IOException {
        String grid = TestTownships.next() + "001001";
        CaseScript script = CaseScript.reported(grid, "2019-03-02T02:00:00Z", 36.805, 118.005)
                .registered("2019-03-02T03:00:00Z")
                .dispatched("CGJ", "2019-03-02T04:00:00Z", "2019-03-08T04:00:00Z")
                .returned("2019-03-02T05:00:00Z")
                .dispatched("ZJJ", "2019-03-03T04:00:00Z", "2019-03-09T04:00:00Z");
        List<ConsumerRecord<String, String>> records = numbered(script);
        assertThat(records).hasSize(5);

        long offset = 0;
        // the live listener is ahead: it sees the return (4) and the new dispatch (5) first
        consumers.caseEvent(at(records.get(3), offset++));
        consumers.caseEvent(at(records.get(4), offset++));
        assertThat(fact(script.caseId())).as("nothing applied before 1, 2, 3").isNull();
        // the replay reads the case from its first event; the live listener redelivers 4 meanwhile
        consumers.caseEvent(at(records.get(0), offset++));
        consumers.caseEvent(at(records.get(1), offset++));
        consumers.caseEvent(at(withNewEventId(records.get(3)), offset++));
        consumers.caseEvent(at(records.get(2), offset++));
        consumers.caseEvent(at(records.get(3), offset++));
        consumers.caseEvent(at(records.get(4), offset++));

        assertThat(fact(script.caseId())).isEqualTo("dispatched ZJJ");
        assertThat(sum(grid, "returned")).as("the return counts once").isEqualTo(1);
        assertThat(sum(grid, "dispatched")).as("the case counts once where it stands").isEqualTo(1);
        assertThat(sum(grid, "reported")).isEqualTo(1);
        assertThat(db.one("SELECT count(*) FROM dashboard.case_transition WHERE case_id = ?", rs -> rs.getLong(1),
                UUID.fromString(script.caseId()))).contains(1L);
        assertThat(db.one("SELECT last_sequence FROM dashboard.event_position WHERE stream_id = ?", rs -> rs.getLong(1),
                UUID.fromString(script.caseId()))).contains(5L);
        assertThat(db.one("SELECT count(*) FROM dashboard.held_event WHERE stream_id = ?", rs -> rs.getLong(1),
                UUID.fromString(script.caseId()))).contains(0L);

        // The records were handed over by hand; put them on the topic too, as on a real platform, so
        // that the read model holds no case the topic lacks: a later rebuild (DashboardFiguresIT)
        // reads the topic and would rightly drop a case that only this test's hand-over knew.
        try (KafkaTestProducer producer = new KafkaTestProducer(bootstrap)) {
            records.forEach(record -> producer.send(Topics.CASES, record.key(), record.value()));
        }
    }

    private String fact(String caseId) {
        return db.one("SELECT state || ' ' || department FROM dashboard.case_fact WHERE case_id = ?",
                rs -> rs.getString(1), UUID.fromString(caseId)).orElse(null);
    }

    private long sum(String grid, String counter) {
        return db.one("SELECT coalesce(sum(" + counter + "), 0) FROM dashboard.figures_daily WHERE area_code = ?",
                rs -> rs.getLong(1), grid).orElse(0L);
    }

    /** The script's events as dispatch writes them now: schemaVersion 2, numbered, no list of reports. */
    private List<ConsumerRecord<String, String>> numbered(CaseScript script) throws IOException {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        long sequence = 0;
        for (Map<String, Object> v1 : script.events()) {
            Map<String, Object> v2 = new LinkedHashMap<>(v1);
            v2.put("schemaVersion", 2);
            v2.put("sequence", ++sequence);
            v2.remove("reportIds");
            v2.put("reportId", sequence == 1 ? UUID.randomUUID().toString() : null);
            v2.put("reportCount", 1);
            String value = json.writeValueAsString(v2);
            assertThat(JsonSchemas.violations("cases.v1.schemaVersion2.schema.json", value)).as(value).isEmpty();
            records.add(new ConsumerRecord<>(Topics.CASES, 0, 0, script.caseId(), value));
        }
        return records;
    }

    private ConsumerRecord<String, String> withNewEventId(ConsumerRecord<String, String> record) {
        String value = record.value().replaceFirst("\"eventId\":\"[^\"]+\"", "\"eventId\":\"" + UUID.randomUUID() + "\"");
        return new ConsumerRecord<>(record.topic(), record.partition(), record.offset(), record.key(), value);
    }

    private static ConsumerRecord<String, String> at(ConsumerRecord<String, String> record, long offset) {
        return new ConsumerRecord<>(record.topic(), record.partition(), offset, record.key(), record.value());
    }
}
