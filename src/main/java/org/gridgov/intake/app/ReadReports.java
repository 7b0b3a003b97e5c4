package org.gridgov.intake.app;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gridgov.intake.domain.BlobStore;
import org.gridgov.intake.domain.Photo;
import org.gridgov.intake.domain.Report;
import org.gridgov.intake.domain.VerificationTask;
import org.gridgov.intake.persistence.CaseStatusRows;
import org.gridgov.intake.persistence.PhotoRows;
import org.gridgov.intake.persistence.ReportRows;
import org.gridgov.platform.refusal.Refusal;
import org.gridgov.platform.security.Caller;
import org.gridgov.platform.security.Role;

/** Reports as their readers may see them: the reporter, the grid's workers, the township, the case's department, admins. */
@Singleton
public class ReadReports {

    /** A phone syncs in pages of at most this many reports. */
    public static final int SYNC_PAGE = 500;
    /**
     * The {@code syncedAt} handed back lies this far in the past: a report is stamped when it is
     * received but commits only after locating, so the next sync overlaps a little and the phone
     * merges by id rather than miss a report that committed late.
     */
    static final java.time.Duration SYNC_OVERLAP = java.time.Duration.ofSeconds(30);

    private final ReportRows reports;
    private final PhotoRows photos;
    private final CaseStatusRows cases;
    private final BlobStore blobs;
    private final Clock clock;

    public ReadReports(ReportRows reports, PhotoRows photos, CaseStatusRows cases, BlobStore blobs, Clock clock) {
        this.reports = reports;
        this.photos = photos;
        this.cases = cases;
        this.blobs = blobs;
        this.clock = clock;
    }

    public record ReportWithPhotos(Report report, List<Photo> photos) {
    }

    /** {@code checkTasks}: reported cases in the worker's grids that the township asked to confirm on site (核实). */
    public record Sync(List<ReportWithPhotos> reports, List<VerificationTask> verificationTasks, Instant syncedAt,
            List<VerificationTask> checkTasks) {
    }

    public ReportWithPhotos one(UUID id, Caller caller) {
        Report report = Unavailable.database(() -> reports.findById(id)).orElseThrow(() -> Refusal.notFound("no report " + id));
        if (!mayRead(report, caller)) {
            // a report outside the caller's reach is reported as absent, not as forbidden: ids are not to be probed
            throw Refusal.notFound("no report " + id);
        }
        return new ReportWithPhotos(report, photos.ofReport(id));
    }

    public byte[] photo(UUID id, int n, Caller caller) {
        one(id, caller);
        Photo photo = photos.find(id, n).orElseThrow(() -> Refusal.notFound("report " + id + " has no photo " + n));
        return blobs.get(photo.sha256()).orElseThrow(() -> Refusal.notFound("photo " + photo.sha256() + " is missing"));
    }

    public Sync mine(Caller caller, Instant since) {
        Instant now = clock.instant();
        List<ReportWithPhotos> mine = Unavailable.database(() -> reports.findChangedSince(caller.username(),
                since == null ? Instant.EPOCH : since, SYNC_PAGE)).stream()
                .map(report -> new ReportWithPhotos(report, photos.ofReport(report.id()))).toList();
        List<VerificationTask> tasks = caller.is(Role.WORKER) ? cases.resolvedIn(caller.scope()) : List.of();
        List<VerificationTask> checks = caller.is(Role.WORKER) ? cases.checkingIn(caller.scope()) : List.of();
        return new Sync(mine, tasks, now.minus(SYNC_OVERLAP), checks);
    }

    static boolean mayRead(Report report, Caller caller) {
        if (caller.is(Role.ADMIN) || caller.username().equals(report.reporter())) {
            return true;
        }
        if (report.grid() == null) {
            return caller.is(Role.REFORM_OFFICE);
        }
        return switch (caller.role()) {
            case WORKER -> caller.inScope(report.grid().gridCode());
            case TOWNSHIP -> caller.inScope(report.grid().townshipCode());
            case DISPATCHER -> report.caseStatus() != null && caller.inScope(report.caseStatus().department());
            case REFORM_OFFICE -> true;
            default -> false;
        };
    }
}
