package org.gridgov.routing.app;

import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.gridgov.platform.refusal.Refusal;
import org.gridgov.platform.security.Caller;
import org.gridgov.platform.security.Role;
import org.gridgov.routing.domain.Area;
import org.gridgov.routing.domain.AreaLevel;
import org.gridgov.routing.domain.CategorySelector;
import org.gridgov.routing.domain.CategoryTable;
import org.gridgov.routing.domain.DepartmentDirectory;
import org.gridgov.routing.domain.RoutingRule;
import org.gridgov.routing.domain.RuleBook;
import org.gridgov.routing.domain.RuleRefused;
import org.gridgov.routing.domain.RuleTie;
import org.gridgov.routing.domain.Target;
import org.gridgov.routing.domain.TargetKind;
import org.gridgov.routing.persistence.RuleMapper;
import org.gridgov.routing.persistence.RuleRepository;
import org.gridgov.routing.persistence.RuleRow;

/**
 * Creating, changing and deleting rules. ADMIN may edit any rule; a TOWNSHIP operator only rules
 * whose area lies inside the township of its scope. A rule that would tie with another is refused.
 */
@Singleton
public class ManageRules {

    private final RuleRepository rules;
    private final CategoryTable categories;
    private final DepartmentDirectory departments;
    private final Clock clock;

    ManageRules(RuleRepository rules, CategoryTable categories, DepartmentDirectory departments, Clock clock) {
        this.rules = rules;
        this.categories = categories;
        this.departments = departments;
        this.clock = clock;
    }

    @Transactional
    public List<StoredRule> list(String category) {
        return (category == null ? rules.listAll() : rules.findByCategory(category)).stream().map(ManageRules::stored).toList();
    }

    @Transactional
    public StoredRule get(UUID id) {
        return stored(row(id));
    }

    @Transactional
    public StoredRule create(Caller caller, RuleDraft draft) {
        RoutingRule rule = checked(caller, UUID.randomUUID(), draft);
        try {
            return stored(rules.save(RuleMapper.newRow(rule, caller.username(), clock.instant())));
        } catch (DataAccessException raced) {
            // the unique index caught a tie that a concurrent save created after our check
            throw Refusal.conflict("an equally specific rule for the same category and area already exists");
        }
    }

    @Transactional
    public StoredRule update(Caller caller, UUID id, RuleDraft draft) {
        RuleRow existing = row(id);
        authorize(caller, RuleMapper.toDomain(existing).area());
        RoutingRule rule = checked(caller, id, draft);
        try {
            return stored(rules.update(RuleMapper.changed(existing, rule, clock.instant())));
        } catch (OptimisticLockException changedMeanwhile) {
            throw Refusal.conflict("the rule was changed by someone else meanwhile; read it again");
        } catch (DataAccessException raced) {
            throw Refusal.conflict("an equally specific rule for the same category and area already exists");
        }
    }

    @Transactional
    public void delete(Caller caller, UUID id) {
        RuleRow existing = row(id);
        authorize(caller, RuleMapper.toDomain(existing).area());
        rules.deleteById(id);
    }

    /**
     * Every check rule {@code id} (a new one: any fresh id) passes, without saving it; returns its
     * area, which the caller then confirms with the grid service (outside this transaction: that is
     * an HTTP call).
     */
    @Transactional
    public Area admissibleArea(Caller caller, UUID id, RuleDraft draft) {
        return checked(caller, id, draft).area();
    }

    private RuleRow row(UUID id) {
        return rules.findById(id).orElseThrow(() -> Refusal.notFound("no routing rule " + id));
    }

    private static StoredRule stored(RuleRow row) {
        return new StoredRule(RuleMapper.toDomain(row), row.createdBy(), row.createdAt(), row.updatedAt(),
                row.version() == null ? 0 : row.version());
    }

    private RoutingRule checked(Caller caller, UUID id, RuleDraft draft) {
        RoutingRule rule = build(id, draft);
        authorize(caller, rule.area());
        if (!categories.covers(rule.category())) {
            throw Refusal.invalid("category", "no category or major class " + rule.category().value());
        }
        if (rule.target().kind() == TargetKind.CITY_DEPARTMENT && !departments.isCityDepartment(rule.target().code())) {
            throw Refusal.invalid("target.code", "no city department " + rule.target().code());
        }
        rules.lock("routing:rules:" + rule.category().value());
        try {
            new RuleBook(RuleMapper.toDomain(rules.findByCategory(rule.category().value()))).admit(rule);
        } catch (RuleTie tie) {
            throw Refusal.conflict(tie.getMessage());
        }
        return rule;
    }

    private static RoutingRule build(UUID id, RuleDraft draft) {
        try {
            return new RoutingRule(id, new CategorySelector(draft.category()),
                    new Area(parse(AreaLevel.class, draft.areaLevel(), "area.level"), draft.areaCode()),
                    new Target(parse(TargetKind.class, draft.targetKind(), "target.kind"), draft.targetCode()));
        } catch (RuleRefused refused) {
            throw Refusal.invalid(refused.field(), refused.getMessage());
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, String field) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new RuleRefused(field, "unknown " + field + ": " + text);
        }
    }

    private static void authorize(Caller caller, Area area) {
        if (caller.is(Role.ADMIN)) {
            return;
        }
        boolean ownTownship = caller.is(Role.TOWNSHIP) && area.township().map(caller::inScope).orElse(false);
        if (!ownTownship) {
            throw Refusal.notAllowed("a township operator may only edit rules inside its own township");
        }
    }
}
