package org.gridgov.routing.web;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.gridgov.routing.app.StoredRule;
import org.gridgov.routing.domain.RoutingRule;

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

    static RuleView of(StoredRule stored) {
        RoutingRule rule = stored.rule();
        return new RuleView(rule.id(), rule.category().value(),
                new Area(rule.area().level().name().toLowerCase(Locale.ROOT), rule.area().code()),
                new Target(rule.target().kind().name().toLowerCase(Locale.ROOT), rule.target().code()), stored.createdBy(),
                stored.createdAt(), stored.updatedAt(), stored.version());
    }
}
