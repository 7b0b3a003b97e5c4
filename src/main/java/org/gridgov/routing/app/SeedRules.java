package org.gridgov.routing.app;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.UUID;
import org.gridgov.routing.domain.Area;
import org.gridgov.routing.domain.Category;
import org.gridgov.routing.domain.CategorySelector;
import org.gridgov.routing.domain.CategoryTable;
import org.gridgov.routing.domain.RoutingRule;
import org.gridgov.routing.domain.Target;
import org.gridgov.routing.domain.TargetKind;
import org.gridgov.routing.persistence.RuleMapper;
import org.gridgov.routing.persistence.RuleRepository;
import org.gridgov.routing.persistence.SeededCategoryRepository;
import org.gridgov.routing.persistence.SeededCategoryRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Zibo's starting rules: for every category a city-wide rule to its default department. Each
 * category is seeded once (remembered in {@code seeded_category}), so a rule an administrator has
 * since changed or deleted stays that way, and a category added to the table later gets its rule.
 */
@Singleton
public class SeedRules {

    private static final Logger LOG = LoggerFactory.getLogger(SeedRules.class);

    private final RuleRepository rules;
    private final SeededCategoryRepository seeded;
    private final CategoryTable categories;
    private final Clock clock;
    private volatile boolean done;

    SeedRules(RuleRepository rules, SeededCategoryRepository seeded, CategoryTable categories, Clock clock) {
        this.rules = rules;
        this.seeded = seeded;
        this.categories = categories;
        this.clock = clock;
    }

    /** True once this instance has seeded (or found seeded) every category. */
    public boolean done() {
        return done;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void seed() {
        rules.lock("routing:seed");
        int added = 0;
        for (Category category : categories.all()) {
            if (seeded.existsById(category.code())) {
                continue;
            }
            boolean taken = rules.findByCategory(category.code()).stream()
                    .anyMatch(row -> "CITY".equals(row.areaLevel()));
            if (!taken) {
                RoutingRule rule = new RoutingRule(UUID.randomUUID(), new CategorySelector(category.code()),
                        Area.city(), new Target(TargetKind.CITY_DEPARTMENT, category.defaultDepartment()));
                rules.save(RuleMapper.newRow(rule, "seed", clock.instant()));
                added++;
            }
            seeded.save(new SeededCategoryRow(category.code(), clock.instant()));
        }
        if (added > 0) {
            LOG.info("seeded {} city-wide routing rules from the category table", added);
        }
        done = true;
    }
}
