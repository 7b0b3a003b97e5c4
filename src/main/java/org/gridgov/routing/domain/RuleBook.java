package org.gridgov.routing.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The rules in force, answering which targets may handle a report, most specific first. */
public final class RuleBook {

    private final List<RoutingRule> rules;

    public RuleBook(List<RoutingRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Distinct targets of every matching rule, the most specific rule's target first. */
    public List<Target> candidates(String categoryCode, GridChain chain) {
        List<RoutingRule> matching = new ArrayList<>();
        for (RoutingRule rule : rules) {
            if (rule.matches(categoryCode, chain)) {
                matching.add(rule);
            }
        }
        matching.sort(Comparator.comparingInt(RoutingRule::specificity).reversed());
        Set<Target> targets = new LinkedHashSet<>();
        matching.forEach(rule -> targets.add(rule.target()));
        return List.copyOf(targets);
    }

    /** Refuses a rule that would tie with one already in force. */
    public void admit(RoutingRule candidate) {
        for (RoutingRule rule : rules) {
            if (rule.tiesWith(candidate)) {
                throw new RuleTie(rule.id());
            }
        }
    }
}
