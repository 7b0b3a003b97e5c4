package org.gridgov.routing.messaging;

import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.gridgov.platform.messaging.InboxListener;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.routing.app.RouteReport;

/**
 * Reports accepted by intake: each becomes a new case or joins an open one. A poll's reports are
 * routed in one transaction (reports are independent of each other; routing's category locks keep
 * duplicates apart), with one commit and one offset commit for all of them. Several consumers
 * ({@code gridgov.routing.listener-threads}, default 2) share the partitions, so that one reads while
 * the other's batch is in the database.
 */
@InboxListener(value = "routing", batch = true, threads = "${gridgov.routing.listener-threads:2}")
class ReportsListener {

    private final RoutingInbox inbox;
    private final RouteReport routeReport;

    ReportsListener(RoutingInbox inbox, RouteReport routeReport) {
        this.inbox = inbox;
        this.routeReport = routeReport;
    }

    @Topic(Topics.REPORTS)
    void receive(ConsumerRecords<String, String> records) {
        inbox.processBatch(records, "routing", ReportAcceptedV1.class,
                reports -> routeReport.routeAll(reports.stream().flatMap(report -> report.routable().stream()).toList()));
    }
}
