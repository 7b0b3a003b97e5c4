package org.gridgov.dashboard.messaging;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.gridgov.dashboard.app.ProjectCase;
import org.gridgov.dashboard.app.ProjectGrid;

/**
 * The one place that hands a record to the inbox and on to a projection, shared by the live
 * listeners and the rebuild so that both record processed events under the same consumer names.
 */
@Singleton
public class DashboardConsumers {

    public static final String CASES_CONSUMER = "dashboard-cases";
    public static final String GRID_CONSUMER = "dashboard-grid";

    private final DashboardInbox inbox;
    private final ProjectCase projectCase;
    private final ProjectGrid projectGrid;
    private final JsonMapper json;

    public DashboardConsumers(DashboardInbox inbox, ProjectCase projectCase, ProjectGrid projectGrid, JsonMapper json) {
        this.inbox = inbox;
        this.json = json;
        this.projectCase = projectCase;
        this.projectGrid = projectGrid;
    }

    /**
     * A case event, applied in its case's sequence order: a rebuild that truncated the read model
     * while the live listener runs gets the live listener's newer events held until the replay has
     * applied their predecessors, and the replay skips what the live listener already applied.
     */
    public void caseEvent(ConsumerRecord<String, String> record) {
        inbox.processInOrder(record, CASES_CONSUMER, CaseEventV1.class, CaseEventV1::caseId, CaseEventV1::numbered,
                this::project);
    }

    /** The live listener's poll of case events, in one transaction; see {@link #caseEvent}. */
    public void caseEvents(ConsumerRecords<String, String> records) {
        inbox.processInOrderBatch(records, CASES_CONSUMER, CaseEventV1.class, CaseEventV1::caseId, CaseEventV1::numbered,
                this::project);
    }

    private void project(CaseEventV1 event) {
        projectCase.project(event.toTransition());
    }

    public void gridEvent(ConsumerRecord<String, String> record) {
        inbox.process(record, GRID_CONSUMER, GridEventV1.class, event -> projectGrid.project(event.toChange(json)));
    }
}
