package org.gridgov.intake.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridgov.intake.app.ReadReports;
import org.gridgov.intake.domain.CaseStatus;
import org.gridgov.intake.domain.Photo;
import org.gridgov.intake.domain.Report;

/** A report as the phone shows it: where it was placed, its photos, and the case it became. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReportView(
        UUID id,
        UUID clientReportId,
        String status,
        String source,
        String reporter,
        String category,
        String description,
        PointView location,
        Double accuracy,
        String address,
        String severity,
        Map<String, Object> attributes,
        GridView grid,
        boolean outsideOwnGrids,
        List<PhotoView> photos,
        Instant observedAt,
        Instant receivedAt,
        CaseView caseStatus,
        boolean selfResolved,
        List<String> afterPhotos) {

    @Serdeable
    public record PointView(double lat, double lon) {
    }

    @Serdeable
    public record GridView(String gridCode, String communityCode, String townshipCode, String districtCode) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PhotoView(int n, String sha256, String mediaType, long sizeBytes, PointView exifLocation, String url) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CaseView(UUID id, String number, String state, String department, Instant deadline) {
    }

    public static ReportView of(ReadReports.ReportWithPhotos read) {
        return of(read.report(), read.photos());
    }

    public static ReportView of(Report r, List<Photo> photos) {
        CaseStatus c = r.caseStatus();
        return new ReportView(r.id(), r.clientReportId(), r.status(), r.source().wire(), r.reporter(), r.category(),
                r.description(), r.location() == null ? null : new PointView(r.location().lat(), r.location().lon()),
                r.accuracy(), r.address(), r.severity() == null ? null : r.severity().wire(), r.attributes(),
                r.grid() == null ? null : new GridView(r.grid().gridCode(), r.grid().communityCode(),
                        r.grid().townshipCode(), r.grid().districtCode()),
                r.outsideOwnGrids(), photos.stream().map(p -> photo(r, p)).toList(), r.observedAt(), r.receivedAt(),
                c == null ? null : new CaseView(c.caseId(), c.number(), c.state(), c.department(), c.deadline()),
                r.selfResolution() != null, r.selfResolution() == null ? List.of() : r.selfResolution().afterPhotos());
    }

    static PhotoView photo(Report r, Photo p) {
        return new PhotoView(p.n(), p.sha256(), p.type().mediaType(), p.sizeBytes(),
                p.exifLocation() == null ? null : new PointView(p.exifLocation().lat(), p.exifLocation().lon()),
                "/api/v1/reports/" + r.id() + "/photos/" + p.n());
    }
}
