package org.gridgov.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.routing.domain.Rules.KUANGSHAN_GRID_1;
import static org.gridgov.routing.domain.Rules.OTHER_TOWNSHIP_GRID;
import static org.gridgov.routing.domain.Rules.cityWide;
import static org.gridgov.routing.domain.Rules.department;
import static org.gridgov.routing.domain.Rules.in;
import static org.gridgov.routing.domain.Rules.unit;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSpecificityTest {

    private final AssignmentPolicy policy = new AssignmentPolicy(new Target(TargetKind.TOWNSHIP_CENTRE, "CITY-CENTRE"));

    @Test
    void aCityWideRuleRoutesEveryAreaToTheDefaultDepartment() {
        RuleBook rules = new RuleBook(List.of(cityWide("0101", "CGJ")));
        assertThat(policy.forNewCase(rules, "0101", KUANGSHAN_GRID_1)).isEqualTo(Assignment.byRule(department("CGJ")));
        assertThat(policy.forNewCase(rules, "0101", OTHER_TOWNSHIP_GRID)).isEqualTo(Assignment.byRule(department("CGJ")));
    }

    @Test
    void aTownshipRuleBeatsACityWideRuleOnlyInsideItsTownship() {
        RuleBook rules = new RuleBook(List.of(
                cityWide("0501", "CGJ"),
                in(AreaLevel.TOWNSHIP, "370303102", "0501", unit("370303102-CGZD"))));
        assertThat(policy.forNewCase(rules, "0501", KUANGSHAN_GRID_1).target()).isEqualTo(unit("370303102-CGZD"));
        assertThat(policy.forNewCase(rules, "0501", OTHER_TOWNSHIP_GRID).target()).isEqualTo(department("CGJ"));
    }

    @Test
    void theNarrowerAreaWinsAllTheWayDownToTheGrid() {
        RuleBook rules = new RuleBook(List.of(
                cityWide("0601", "SFJ"),
                in(AreaLevel.DISTRICT, "370303", "0601", department("MZJ")),
                in(AreaLevel.TOWNSHIP, "370303102", "0601", unit("370303102-SFS")),
                in(AreaLevel.COMMUNITY, "370303102001", "0601", unit("370303102-ZZZX")),
                in(AreaLevel.GRID, "370303102001001", "0601", unit("370303102-PCS"))));
        assertThat(rules.candidates("0601", KUANGSHAN_GRID_1)).containsExactly(
                unit("370303102-PCS"), unit("370303102-ZZZX"), unit("370303102-SFS"), department("MZJ"),
                department("SFJ"));
    }

    @Test
    void inTheSameAreaAnExactCodeBeatsItsMajorClass() {
        RuleBook rules = new RuleBook(List.of(cityWide("06", "SFJ"), cityWide("0602", "RSJ")));
        assertThat(policy.forNewCase(rules, "0602", KUANGSHAN_GRID_1).target()).isEqualTo(department("RSJ"));
        assertThat(policy.forNewCase(rules, "0601", KUANGSHAN_GRID_1).target()).isEqualTo(department("SFJ"));
    }

    @Test
    void theAreaCountsBeforeTheCategory() {
        RuleBook rules = new RuleBook(List.of(
                cityWide("0601", "SFJ"),
                in(AreaLevel.TOWNSHIP, "370303102", "06", unit("370303102-ZZZX"))));
        assertThat(policy.forNewCase(rules, "0601", KUANGSHAN_GRID_1).target()).isEqualTo(unit("370303102-ZZZX"));
    }

    @Test
    void aReportNoRuleMatchesGoesToItsTownshipCentreForArbitration() {
        RuleBook rules = new RuleBook(List.of(cityWide("0101", "CGJ")));
        assertThat(policy.forNewCase(rules, "0902", KUANGSHAN_GRID_1))
                .isEqualTo(Assignment.toArbitration(Target.townshipCentre("370303102")));
    }

    @Test
    void aReportOutsideEveryGridThatNoRuleMatchesGoesToTheFallbackCentre() {
        RuleBook rules = new RuleBook(List.of(in(AreaLevel.TOWNSHIP, "370303102", "0101", unit("370303102-CGZD"))));
        Assignment assignment = policy.forNewCase(rules, "0101", null);
        assertThat(assignment.arbitration()).isTrue();
        assertThat(assignment.target().code()).isEqualTo("CITY-CENTRE");
    }

    @Test
    void aRuleForTheSameCategoryAndAreaIsRefusedAsATie() {
        RoutingRule existing = in(AreaLevel.TOWNSHIP, "370303102", "05", unit("370303102-CGZD"));
        RuleBook rules = new RuleBook(List.of(existing, cityWide("05", "CGJ")));
        assertThatThrownBy(() -> rules.admit(in(AreaLevel.TOWNSHIP, "370303102", "05", department("GAJ"))))
                .isInstanceOf(RuleTie.class)
                .satisfies(e -> assertThat(((RuleTie) e).existingRule()).isEqualTo(existing.id()));
    }

    @Test
    void rulesOfDifferentSpecificityForTheSameReportsAreNoTie() {
        RuleBook rules = new RuleBook(List.of(cityWide("05", "CGJ")));
        rules.admit(cityWide("0501", "GAJ"));
        rules.admit(in(AreaLevel.TOWNSHIP, "370303102", "05", unit("370303102-CGZD")));
        rules.admit(in(AreaLevel.TOWNSHIP, "370303103", "05", unit("370303103-CGZD")));
    }

    @Test
    void updatingARuleDoesNotTieWithItself() {
        RoutingRule rule = cityWide("05", "CGJ");
        new RuleBook(List.of(rule)).admit(new RoutingRule(rule.id(), rule.category(), rule.area(), department("GAJ")));
    }

    @Test
    void aTownshipUnitCannotBeTheTargetOfARuleOutsideItsTownship() {
        assertThatThrownBy(() -> in(AreaLevel.TOWNSHIP, "370303103", "0501", unit("370303102-CGZD")))
                .isInstanceOf(RuleRefused.class).extracting("field").isEqualTo("target.code");
        assertThatThrownBy(() -> Rules.rule("0501", Area.city(), unit("370303102-CGZD")))
                .isInstanceOf(RuleRefused.class);
    }

    @Test
    void malformedSelectorsAndAreasAreRefusedNamingTheField() {
        assertThatThrownBy(() -> new CategorySelector("5")).extracting("field").isEqualTo("category");
        assertThatThrownBy(() -> new Area(AreaLevel.TOWNSHIP, "3703")).extracting("field").isEqualTo("area.code");
        assertThatThrownBy(() -> new Target(TargetKind.TOWNSHIP_UNIT, "370303102-XYZ")).extracting("field")
                .isEqualTo("target.code");
    }
}
