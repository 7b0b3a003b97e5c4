package org.gridgov.dispatch.messaging;

import io.micronaut.configuration.kafka.annotation.Topic;
import java.util.Locale;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gridgov.dispatch.app.RecordCitizenRating;
import org.gridgov.dispatch.domain.Rating;
import org.gridgov.platform.messaging.InboxListener;
import org.gridgov.platform.messaging.Topics;

/** Citizens' ratings that intake accepted through Open311; the inbox deduplicates, validates and dead-letters. */
@InboxListener("dispatch")
class RatingsListener {

    private final DispatchInbox inbox;
    private final RecordCitizenRating recordRating;

    RatingsListener(DispatchInbox inbox, RecordCitizenRating recordRating) {
        this.inbox = inbox;
        this.recordRating = recordRating;
    }

    @Topic(Topics.RATINGS)
    void receive(ConsumerRecord<String, String> record) {
        inbox.process(record, "dispatch", CitizenRatingV1.class, rating -> recordRating.record(new RecordCitizenRating.CitizenRating(
                rating.caseId(), rating.reporter(), Rating.valueOf(rating.rating().toUpperCase(Locale.ROOT)), rating.comment())));
    }
}
