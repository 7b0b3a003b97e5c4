package org.gridgov.routing.persistence;

import java.time.Instant;
import java.util.List;
import org.gridgov.routing.domain.Area;
import org.gridgov.routing.domain.AreaLevel;
import org.gridgov.routing.domain.CategorySelector;
import org.gridgov.routing.domain.RoutingRule;
import org.gridgov.routing.domain.Target;
import org.gridgov.routing.domain.TargetKind;

/** Rows ↔ domain rules. */
public final class RuleMapper {

    private RuleMapper() {
    }

    public static RoutingRule toDomain(RuleRow row) {
        return new RoutingRule(row.id(), new CategorySelector(row.category()),
                new Area(AreaLevel.valueOf(row.areaLevel()), row.areaCode()),
                new Target(TargetKind.valueOf(row.targetKind()), row.targetCode()));
    }

    public static List<RoutingRule> toDomain(List<RuleRow> rows) {
        return rows.stream().map(RuleMapper::toDomain).toList();
    }

    public static RuleRow newRow(RoutingRule rule, String createdBy, Instant now) {
        return new RuleRow(rule.id(), rule.category().value(), rule.area().level().name(), rule.area().code(),
                rule.target().kind().name(), rule.target().code(), createdBy, now, now, 0L);
    }

    public static RuleRow changed(RuleRow row, RoutingRule rule, Instant now) {
        return new RuleRow(row.id(), rule.category().value(), rule.area().level().name(), rule.area().code(),
                rule.target().kind().name(), rule.target().code(), row.createdBy(), row.createdAt(), now,
                row.version());
    }
}
