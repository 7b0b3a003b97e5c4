package org.gridgov.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 自处置: a worker reports a problem already fixed on the spot; the fix must be shown. */
class SelfResolvedReportRulesTest {

    private static final String AFTER = "ab".repeat(32);
    private final ReportRules rules = new ReportRules(Reports.categories());

    private static ReportSubmission fixed(SelfResolution resolution) {
        ReportSubmission base = Reports.exposedGarbage();
        return new ReportSubmission(base.clientReportId(), base.category(), base.description(), base.location(),
                base.observedAt(), base.address(), base.severity(), base.attributes(), resolution);
    }

    @Test
    void aWorkersSelfResolvedReportWithAnAfterPhotoPasses() {
        assertThat(rules.checkWorkerReport(fixed(new SelfResolution("cleared", List.of(AFTER))), Reports.NOW)).isEmpty();
    }

    @Test
    void aSelfResolvedReportWithoutAnAfterPhotoIsRefusedNamingAfterPhotos() {
        assertThat(rules.checkWorkerReport(fixed(new SelfResolution(null, List.of())), Reports.NOW))
                .containsExactly(new Violation(Violation.Kind.UNPROCESSABLE, "afterPhotos",
                        "a self-resolved report needs at least one after photo (upload it through POST /api/v1/photos)"));
    }

    @Test
    void anAfterPhotoIsNamedByItsSha256() {
        assertThat(rules.checkWorkerReport(fixed(new SelfResolution(null, List.of("IMG_0001.jpg"))), Reports.NOW))
                .extracting(Violation::kind, Violation::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Violation.Kind.MALFORMED, "afterPhotos"));
    }

    @Test
    void atMostFiveAfterPhotos() {
        assertThat(rules.checkWorkerReport(fixed(new SelfResolution(null, Collections.nCopies(6, AFTER))), Reports.NOW))
                .extracting(Violation::field).containsExactly("afterPhotos");
    }

    @Test
    void onlyAWorkerMaySelfResolve() {
        assertThat(rules.checkCitizenReport(fixed(new SelfResolution(null, List.of(AFTER))), Reports.NOW))
                .extracting(Violation::kind, Violation::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Violation.Kind.UNPROCESSABLE, "selfResolved"));
    }

    @Test
    void theFixIsPartOfTheContentSoAReplayWithAnotherFixIsAConflict() {
        ReportSubmission plain = Reports.exposedGarbage();
        ReportSubmission withFix = new ReportSubmission(plain.clientReportId(), plain.category(), plain.description(),
                plain.location(), plain.observedAt(), plain.address(), plain.severity(), plain.attributes(),
                new SelfResolution(null, List.of(AFTER)));

        assertThat(ContentFingerprint.of(withFix)).isNotEqualTo(ContentFingerprint.of(plain));
    }
}
