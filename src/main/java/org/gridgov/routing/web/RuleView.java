package org.gridgov.routing.web;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;
import org.gridgov.routing.persistence.RuleRow;

/** A rule as the API shows it. */
@Serdeable
public record RuleView(UUID id, String category, Area area, Target target, String createdBy, Instant createdAt,
        Instant updatedAt, long version) {

    @Serdeable
    public record Area(String level, String code) {
    }

    @Serdeable
    public record Target(String kind, String code) {
    }

    static RuleView of(RuleRow row) {
        return new RuleView(row.id(), row.category(), new Area(row.areaLevel().toLowerCase(), row.areaCode()),
                new Target(row.targetKind().toLowerCase(), row.targetCode()), row.createdBy(), row.createdAt(),
                row.updatedAt(), row.version() == null ? 0 : row.version());
    }
}
