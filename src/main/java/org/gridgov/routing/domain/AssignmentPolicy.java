package org.gridgov.routing.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Picks the target for a new or returned case. Nothing is dropped and nothing is guessed: without a
 * matching rule, or after {@link #RETURNS_BEFORE_ARBITRATION} returns, the case goes to the township
 * centre for a ruling. A report outside every grid has no township, so it goes to the city's
 * fallback centre instead.
 */
public final class AssignmentPolicy {

    public static final int RETURNS_BEFORE_ARBITRATION = 2;

    private final Target fallbackCentre;

    public AssignmentPolicy(Target fallbackCentre) {
        this.fallbackCentre = fallbackCentre;
    }

    public Assignment forNewCase(RuleBook rules, String category, GridChain chain) {
        return forReturnedCase(rules, category, chain, List.of());
    }

    public Assignment forReturnedCase(RuleBook rules, String category, GridChain chain,
            Collection<CaseReturn> returns) {
        if (returns.size() >= RETURNS_BEFORE_ARBITRATION) {
            return Assignment.toArbitration(centreFor(chain));
        }
        Set<String> refused = returns.stream().map(CaseReturn::department).collect(Collectors.toSet());
        return rules.candidates(category, chain).stream()
                .filter(target -> !refused.contains(target.code()))
                .findFirst()
                // a rule may send a class of reports straight to the centre: that is a manual ruling too
                .map(target -> target.kind() == TargetKind.TOWNSHIP_CENTRE
                        ? Assignment.toArbitration(target)
                        : Assignment.byRule(target))
                .orElseGet(() -> Assignment.toArbitration(centreFor(chain)));
    }

    public Target centreFor(GridChain chain) {
        return chain == null ? fallbackCentre : Target.townshipCentre(chain.townshipCode());
    }
}
