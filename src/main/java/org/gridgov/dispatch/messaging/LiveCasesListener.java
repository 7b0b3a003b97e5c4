package org.gridgov.dispatch.messaging;

import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gridgov.dispatch.app.CaseNotice;
import org.gridgov.dispatch.app.LiveCases;
import org.gridgov.platform.messaging.EveryInstanceListener;
import org.gridgov.platform.messaging.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds the console's live inboxes from {@code gridgov.cases.v1}. Every instance reads every
 * transition (a group of its own, from the newest offset), because any instance may hold the
 * connection of the user the case concerns; nothing is stored, so nothing needs replaying. Until
 * its partitions are assigned and their starting positions fixed, a transition would pass unseen, so
 * only then does it tell {@link LiveCases} that feeds are live (the pages say 实时更新 only then).
 */
@KafkaListener(groupId = "dispatch-live", uniqueGroupId = true, offsetReset = OffsetReset.LATEST)
class LiveCasesListener extends EveryInstanceListener {

    private static final Logger LOG = LoggerFactory.getLogger(LiveCasesListener.class);

    private final LiveCases live;
    private final JsonMapper json;

    LiveCasesListener(LiveCases live, JsonMapper json) {
        this.live = live;
        this.json = json;
    }

    @Topic(Topics.CASES)
    void receive(ConsumerRecord<String, String> record) {
        if (live.openFeeds() == 0 || record.value() == null) {
            return;
        }
        CaseEventV2 event;
        try {
            event = json.readValue(record.value(), CaseEventV2.class);
        } catch (IOException | RuntimeException e) {
            // the dispatch consumer of record owns malformed messages (DLQ); a live page just misses a notice
            LOG.warn("cases.v1 offset {} is not a case event; no live notice for it: {}", record.offset(), e.getMessage());
            return;
        }
        if (event.caseId() == null || event.state() == null) {
            return;
        }
        live.tell(new CaseNotice(event.caseId(), event.caseNumber(), event.type(), event.state(), event.version(),
                event.category(), event.department(), event.grid() == null ? null : event.grid().townshipCode(),
                event.grid() == null ? null : event.grid().gridCode(), event.reporter(), event.occurredAt()));
    }

    @Override
    protected void positionsFixed(int partitions) {
        live.listening();
    }
}
