package org.gridgov.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.intake.domain.Reports.exposedGarbage;
import static org.gridgov.intake.domain.Reports.withLocation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContentFingerprintTest {

    @Test
    void theSameContentUnderAnotherClientIdHasTheSameFingerprint() {
        ReportSubmission report = exposedGarbage();
        ReportSubmission resent = new ReportSubmission(UUID.randomUUID(), report.category(), report.description(),
                report.location(), report.observedAt(), report.address(), report.severity(), report.attributes());
        assertThat(ContentFingerprint.of(resent)).isEqualTo(ContentFingerprint.of(report));
    }

    @Test
    void attributeOrderAndNumberSpellingDoNotChangeTheFingerprint() {
        ReportSubmission report = exposedGarbage();
        Map<String, Object> ab = new LinkedHashMap<>();
        ab.put("a", 1);
        ab.put("b", "x");
        Map<String, Object> ba = new LinkedHashMap<>();
        ba.put("b", "x");
        ba.put("a", 1.0);
        assertThat(ContentFingerprint.of(withAttributes(report, ab))).isEqualTo(ContentFingerprint.of(withAttributes(report, ba)));
    }

    @Test
    void movingThePointOrEditingTheTextChangesTheFingerprint() {
        ReportSubmission report = exposedGarbage();
        ReportSubmission moved = withLocation(report, new SubmittedLocation(36.6513, 117.9803, 8.0, "wgs84"));
        ReportSubmission edited = new ReportSubmission(report.clientReportId(), report.category(), report.description() + "!",
                report.location(), report.observedAt(), report.address(), report.severity(), report.attributes());
        assertThat(ContentFingerprint.of(moved)).isNotEqualTo(ContentFingerprint.of(report));
        assertThat(ContentFingerprint.of(edited)).isNotEqualTo(ContentFingerprint.of(report));
    }

    @Test
    void valuesCannotBeShiftedBetweenFieldsToCollide() {
        ReportSubmission report = exposedGarbage();
        ReportSubmission a = new ReportSubmission(report.clientReportId(), report.category(), "ab", report.location(),
                report.observedAt(), "c", null, Map.of());
        ReportSubmission b = new ReportSubmission(report.clientReportId(), report.category(), "a", report.location(),
                report.observedAt(), "bc", null, Map.of());
        assertThat(ContentFingerprint.of(a)).isNotEqualTo(ContentFingerprint.of(b));
    }

    private static ReportSubmission withAttributes(ReportSubmission r, Map<String, Object> attributes) {
        return new ReportSubmission(r.clientReportId(), r.category(), r.description(), r.location(), r.observedAt(),
                r.address(), r.severity(), attributes);
    }
}
