package org.gridgov.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.intake.domain.Reports.NOW;
import static org.gridgov.intake.domain.Reports.exposedGarbage;
import static org.gridgov.intake.domain.Reports.withLocation;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportRulesTest {

    private final ReportRules rules = new ReportRules(Reports.categories());

    @Test
    void aCompleteWorkerReportPasses() {
        assertThat(rules.checkWorkerReport(exposedGarbage(), NOW)).isEmpty();
    }

    @Test
    void anUnknownCategoryIsUnprocessableNotMalformed() {
        ReportSubmission base = exposedGarbage();
        ReportSubmission unknown = new ReportSubmission(base.clientReportId(), "9999", base.description(),
                base.location(), base.observedAt(), null, null, Map.of());
        assertThat(rules.checkWorkerReport(unknown, NOW))
                .containsExactly(Violation.unprocessable("category", "unknown category 9999"));
    }

    @ParameterizedTest
    @CsvSource({"NaN,117.9,location.lat", "Infinity,117.9,location.lat", "90.0001,117.9,location.lat",
            "36.6,-180.5,location.lon", "36.6,NaN,location.lon"})
    void nonFiniteOrOutOfRangeCoordinatesAreMalformed(double lat, double lon, String field) {
        ReportSubmission report = withLocation(exposedGarbage(), new SubmittedLocation(lat, lon, 5.0, "wgs84"));
        assertThat(rules.checkWorkerReport(report, NOW))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.field()).isEqualTo(field);
                    assertThat(v.kind()).isEqualTo(Violation.Kind.MALFORMED);
                });
    }

    @Test
    void anUnknownCrsAndANegativeAccuracyAreNamed() {
        ReportSubmission report = withLocation(exposedGarbage(), new SubmittedLocation(36.6, 117.9, -1.0, "utm"));
        assertThat(rules.checkWorkerReport(report, NOW)).extracting(Violation::field)
                .containsExactlyInAnyOrder("location.accuracy", "location.crs");
    }

    @Test
    void aWorkerMustGiveALocationButACitizenMayGiveAnAddressInstead() {
        ReportSubmission addressOnly = withLocation(exposedGarbage(), null);
        assertThat(rules.checkWorkerReport(addressOnly, NOW)).extracting(Violation::field).containsExactly("location");
        assertThat(rules.checkCitizenReport(addressOnly, NOW)).isEmpty();
    }

    @Test
    void aReportObservedWellInTheFutureIsRefusedButClockDriftIsTolerated() {
        ReportSubmission base = exposedGarbage();
        ReportSubmission drifted = new ReportSubmission(base.clientReportId(), base.category(), base.description(),
                base.location(), NOW.plusSeconds(120), null, null, Map.of());
        ReportSubmission future = new ReportSubmission(base.clientReportId(), base.category(), base.description(),
                base.location(), NOW.plusSeconds(3600), null, null, Map.of());
        assertThat(rules.checkWorkerReport(drifted, NOW)).isEmpty();
        assertThat(rules.checkWorkerReport(future, NOW)).extracting(Violation::field).containsExactly("observedAt");
    }

    @Test
    void aReportObservedYearsAgoIsRefusedButAMonthOldOneIsTaken() {
        for (String longAgo : java.util.List.of("0001-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "2026-04-03T07:59:59Z")) {
            assertThat(rules.checkWorkerReport(observedAt(Instant.parse(longAgo)), NOW))
                    .as(longAgo).singleElement().satisfies(violation -> {
                        assertThat(violation.field()).isEqualTo("observedAt");
                        assertThat(violation.kind()).isEqualTo(Violation.Kind.UNPROCESSABLE);
                    });
        }
        assertThat(rules.checkWorkerReport(observedAt(NOW.minus(java.time.Duration.ofDays(30))), NOW)).isEmpty();
        assertThat(rules.checkCitizenReport(observedAt(Instant.parse("1970-01-01T00:00:00Z")), NOW))
                .extracting(Violation::field).containsExactly("observedAt");
    }

    @Test
    void theWindowIsConfigurable() {
        ReportRules lenient = new ReportRules(Reports.categories(),
                new ObservationWindow(java.time.Duration.ofDays(365), java.time.Duration.ofMinutes(1)));
        assertThat(lenient.checkWorkerReport(observedAt(NOW.minus(java.time.Duration.ofDays(200))), NOW)).isEmpty();
        assertThat(lenient.checkWorkerReport(observedAt(NOW.plusSeconds(120)), NOW)).extracting(Violation::field)
                .containsExactly("observedAt");
    }

    private static ReportSubmission observedAt(Instant when) {
        ReportSubmission base = exposedGarbage();
        return new ReportSubmission(base.clientReportId(), base.category(), base.description(), base.location(), when,
                base.address(), base.severity(), base.attributes());
    }

    @Test
    void aDescriptionLongerThanTwoThousandCharactersIsRefused() {
        ReportSubmission base = exposedGarbage();
        ReportSubmission longOne = new ReportSubmission(base.clientReportId(), base.category(), "字".repeat(2001),
                base.location(), base.observedAt(), null, null, Map.of());
        assertThat(rules.checkWorkerReport(longOne, NOW)).extracting(Violation::field).containsExactly("description");
    }

    @Test
    void missingIdCategoryDescriptionAndTimeAreAllReportedAtOnce() {
        ReportSubmission empty = new ReportSubmission(null, null, " ", new SubmittedLocation(36.6, 117.9, null, null),
                null, null, "extreme", null);
        assertThat(rules.checkWorkerReport(empty, NOW)).extracting(Violation::field)
                .containsExactlyInAnyOrder("clientReportId", "category", "description", "observedAt", "severity");
    }
}
