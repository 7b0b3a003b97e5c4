package org.gridgov.routing.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * "Reports of these categories in this area go to this target." Specificity orders area first
 * (grid, community, township, district, city) and category second (exact code before major class):
 * a township rule for a whole class beats a city-wide rule for one code, because local
 * arrangements are what a township sets rules for.
 */
public record RoutingRule(UUID id, CategorySelector category, Area area, Target target) {

    public RoutingRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(target, "target");
        target.township().ifPresent(township -> {
            if (!area.township().map(township::equals).orElse(false)) {
                throw new RuleRefused("target.code",
                        "a township unit or centre can only be the target of rules inside its own township");
            }
        });
    }

    public boolean matches(String categoryCode, GridChain chain) {
        return category.matches(categoryCode) && area.contains(chain);
    }

    public int specificity() {
        return area.level().specificity() * 2 + category.specificity();
    }

    /** Both rules would answer for the same reports with the same specificity. */
    public boolean tiesWith(RoutingRule other) {
        return !id.equals(other.id) && category.equals(other.category) && area.equals(other.area);
    }
}
