package org.gridgov.dashboard.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.util.List;
import org.gridgov.dashboard.app.PublishKpis;
import org.gridgov.dashboard.app.RebuildReadModels;

/** Operator actions: rebuild the read models from the topics; publish the showcase KPIs now. */
@Controller("/api/v1/stats")
@Secured({"ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class StatsAdminController {

    private final RebuildReadModels rebuild;
    private final PublishKpis publishKpis;

    StatsAdminController(RebuildReadModels rebuild, PublishKpis publishKpis) {
        this.rebuild = rebuild;
        this.publishKpis = publishKpis;
    }

    /** Truncates the dashboard tables and replays gridgov.grid.v1 and gridgov.cases.v1 from offset 0; answers when done. */
    @Post("/rebuild")
    RebuildReadModels.Rebuilt rebuild() {
        return rebuild.rebuild();
    }

    @Post("/kpi/publish")
    List<PublishKpis.Published> publishKpis() {
        return publishKpis.publish();
    }
}
