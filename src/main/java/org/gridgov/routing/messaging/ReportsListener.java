package org.gridgov.routing.messaging;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gridgov.platform.messaging.Inbox;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.routing.app.RouteReport;

/**
 * Reports accepted by intake: each becomes a new case or joins an open one. Several consumers
 * ({@code gridgov.routing.listener-threads}, default 2) share the partitions, because each report is
 * one short database transaction and one consumer would leave the database idle between them.
 */
@KafkaListener(groupId = "routing", offsetReset = OffsetReset.EARLIEST, offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryCount = 1000, retryDelay = "2s"),
        threadsValue = "${gridgov.routing.listener-threads:2}")
class ReportsListener {

    private final Inbox inbox;
    private final RouteReport routeReport;

    ReportsListener(Inbox inbox, RouteReport routeReport) {
        this.inbox = inbox;
        this.routeReport = routeReport;
    }

    @Topic(Topics.REPORTS)
    void receive(ConsumerRecord<String, String> record) {
        inbox.process(record, "routing", "routing", ReportAcceptedV1.class, routeReport::route);
    }
}
