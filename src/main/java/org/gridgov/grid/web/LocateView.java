package org.gridgov.grid.web;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.gridgov.grid.app.LocateResult;
import org.gridgov.grid.domain.Area;

/** The locate answer agreed across services (see SHARED-FACTS): the grid and its whole chain. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record LocateView(Grid grid, @Nullable Tier community, @Nullable Tier township, @Nullable District district,
                         List<Worker> workers, Point point) {

    @Serdeable

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Grid(String code, String name, String kind, @Nullable String head) {}

    @Serdeable

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Tier(String code, String name, @Nullable String responsible) {}

    @Serdeable

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record District(String code, String name) {}

    @Serdeable

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Worker(String id, String name, String employment) {}

    @Serdeable

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Point(double lat, double lon) {}

    static LocateView of(LocateResult r) {
        return new LocateView(
                new Grid(r.grid().code().value(), r.grid().name(), r.grid().kind().wireName(), r.grid().head()),
                tier(r.community()), tier(r.township()),
                r.district() == null ? null : new District(r.district().code(), r.district().name()),
                r.workers().stream().map(w -> new Worker(w.id(), w.name(), w.employment().wireName())).toList(),
                new Point(r.point().lat(), r.point().lon()));
    }

    private static Tier tier(Area area) {
        return area == null ? null : new Tier(area.code(), area.name(), area.responsible());
    }
}
