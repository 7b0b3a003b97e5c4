package org.gridgov.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.routing.domain.Rules.KUANGSHAN_GRID_1;
import static org.gridgov.routing.domain.Rules.cityWide;
import static org.gridgov.routing.domain.Rules.department;
import static org.gridgov.routing.domain.Rules.in;
import static org.gridgov.routing.domain.Rules.unit;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReturnedCaseReroutingTest {

    private final AssignmentPolicy policy = new AssignmentPolicy(new Target(TargetKind.TOWNSHIP_CENTRE, "CITY-CENTRE"));
    private final RuleBook rules = new RuleBook(List.of(
            cityWide("0501", "CGJ"),
            in(AreaLevel.TOWNSHIP, "370303102", "05", unit("370303102-CGZD")),
            cityWide("05", "GAJ")));

    private static CaseReturn returnedBy(String department) {
        return new CaseReturn(department, "not ours", Instant.parse("2025-03-12T02:00:00Z"));
    }

    @Test
    void aReturnedCaseGoesToTheNextMatchingDepartment() {
        assertThat(policy.forReturnedCase(rules, "0501", KUANGSHAN_GRID_1, List.of(returnedBy("370303102-CGZD"))))
                .isEqualTo(Assignment.byRule(department("CGJ")));
    }

    @Test
    void aCaseReturnedTwiceGoesToTheTownshipCentreEvenIfRulesRemain() {
        assertThat(policy.forReturnedCase(rules, "0501", KUANGSHAN_GRID_1,
                List.of(returnedBy("370303102-CGZD"), returnedBy("CGJ"))))
                .isEqualTo(Assignment.toArbitration(Target.townshipCentre("370303102")));
    }

    @Test
    void aReturnedCaseWithNoOtherMatchingDepartmentGoesToArbitrationAtOnce() {
        RuleBook single = new RuleBook(List.of(cityWide("0101", "CGJ")));
        assertThat(policy.forReturnedCase(single, "0101", KUANGSHAN_GRID_1, List.of(returnedBy("CGJ"))))
                .isEqualTo(Assignment.toArbitration(Target.townshipCentre("370303102")));
    }
}
