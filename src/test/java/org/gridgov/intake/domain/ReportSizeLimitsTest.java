package org.gridgov.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Everything in a report that could make its message grow is bounded, and the refusal names the field. */
class ReportSizeLimitsTest {

    private final ReportRules rules = new ReportRules(Reports.categories());

    @Test
    void attributesAtTheirLimitsAreAccepted() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (int i = 0; i < 7; i++) {
            attributes.put("k" + "x".repeat(62) + i, "v".repeat(ReportRules.MAX_ATTRIBUTE_VALUE_BYTES - 2));
        }
        assertThat(rules.checkWorkerReport(withAttributes(attributes), Reports.NOW)).isEmpty();
    }

    @Test
    void anAttributeValueOfAHundredKilobytesIsRefusedNamingTheAttribute() {
        List<Violation> violations = rules.checkWorkerReport(
                withAttributes(Map.of("note", "水".repeat(34_000))), Reports.NOW);
        assertThat(violations).extracting(Violation::field).contains("attributes.note");
        assertThat(violations).extracting(Violation::kind).containsOnly(Violation.Kind.UNPROCESSABLE);
    }

    @Test
    void aValueCountsInUtf8BytesSoThreeHundredFiftyChineseCharactersAreTooMany() {
        assertThat(rules.checkWorkerReport(withAttributes(Map.of("place", "水".repeat(332))), Reports.NOW)).isEmpty();
        assertThat(rules.checkWorkerReport(withAttributes(Map.of("place", "水".repeat(350))), Reports.NOW))
                .extracting(Violation::field).containsExactly("attributes.place");
    }

    @Test
    void manyValuesEachWithinTheirLimitAreRefusedTogetherOverTheTotal() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (int i = 0; i < 10; i++) {
            attributes.put("a" + i, "v".repeat(900));
        }
        assertThat(rules.checkWorkerReport(withAttributes(attributes), Reports.NOW))
                .extracting(Violation::field).containsExactly("attributes");
    }

    @Test
    void tooManyAttributesAKeyTooLongAndNestingTooDeepAreRefused() {
        Map<String, Object> many = new LinkedHashMap<>();
        for (int i = 0; i <= ReportRules.MAX_ATTRIBUTES; i++) {
            many.put("a" + i, i);
        }
        assertThat(rules.checkWorkerReport(withAttributes(many), Reports.NOW)).extracting(Violation::field)
                .containsExactly("attributes");
        assertThat(rules.checkWorkerReport(withAttributes(Map.of("k".repeat(65), 1)), Reports.NOW))
                .extracting(Violation::field).containsExactly("attributes");
        Object deep = Map.of("a", List.of(Map.of("b", List.of(1))));
        assertThat(rules.checkWorkerReport(withAttributes(Map.of("deep", deep)), Reports.NOW))
                .extracting(Violation::field).containsExactly("attributes.deep");
    }

    @Test
    void aDescriptionOrAnAddressTooLongIsRefusedAsUnprocessable() {
        ReportSubmission base = Reports.exposedGarbage();
        ReportSubmission longer = new ReportSubmission(base.clientReportId(), base.category(),
                "x".repeat(ReportRules.MAX_DESCRIPTION + 1), base.location(), base.observedAt(),
                "y".repeat(ReportRules.MAX_ADDRESS + 1), base.severity(), base.attributes());
        assertThat(rules.checkWorkerReport(longer, Reports.NOW))
                .extracting(Violation::field, Violation::kind)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("description", Violation.Kind.UNPROCESSABLE),
                        org.assertj.core.groups.Tuple.tuple("address", Violation.Kind.UNPROCESSABLE));
    }

    private static ReportSubmission withAttributes(Map<String, Object> attributes) {
        ReportSubmission base = Reports.exposedGarbage();
        return new ReportSubmission(base.clientReportId(), base.category(), base.description(), base.location(),
                base.observedAt(), base.address(), base.severity(), attributes);
    }
}
