package org.gridgov.routing.messaging;

import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gridgov.platform.messaging.InboxListener;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.routing.app.RouteReport;

/**
 * Reports accepted by intake: each becomes a new case or joins an open one. Several consumers
 * ({@code gridgov.routing.listener-threads}, default 2) share the partitions, because each report is
 * one short database transaction and one consumer would leave the database idle between them.
 */
@InboxListener(value = "routing", threads = "${gridgov.routing.listener-threads:2}")
class ReportsListener {

    private final RoutingInbox inbox;
    private final RouteReport routeReport;

    ReportsListener(RoutingInbox inbox, RouteReport routeReport) {
        this.inbox = inbox;
        this.routeReport = routeReport;
    }

    @Topic(Topics.REPORTS)
    void receive(ConsumerRecord<String, String> record) {
        inbox.process(record, "routing", ReportAcceptedV1.class, report -> report.routable().ifPresent(routeReport::route));
    }
}
