package org.gridgov.intake.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gridgov.intake.app.AttachPhoto;
import org.gridgov.intake.app.ReadReports;
import org.gridgov.intake.app.Reporter;
import org.gridgov.intake.app.SubmitBatch;
import org.gridgov.intake.app.SubmitReport;
import org.gridgov.intake.app.Submitted;
import org.gridgov.intake.app.Unavailable;
import org.gridgov.intake.domain.PhotoType;
import org.gridgov.intake.domain.ReportSubmission;
import org.gridgov.intake.domain.WorkerScope;
import org.gridgov.platform.problem.ClientErrors;
import org.gridgov.platform.problem.DocumentedProblems;
import org.gridgov.platform.problem.Problem;
import org.gridgov.platform.security.Caller;

/** The grid worker's mobile API. */
@Tag(name = "intake")
@DocumentedProblems
@Controller("/api/v1/reports")
@ExecuteOn(TaskExecutors.BLOCKING)
class ReportsController {

    private final SubmitReport submitReport;
    private final SubmitBatch submitBatch;
    private final AttachPhoto attachPhoto;
    private final ReadReports readReports;
    private final JsonMapper json;

    ReportsController(SubmitReport submitReport, SubmitBatch submitBatch, AttachPhoto attachPhoto, ReadReports readReports,
            JsonMapper json) {
        this.json = json;
        this.submitReport = submitReport;
        this.submitBatch = submitBatch;
        this.attachPhoto = attachPhoto;
        this.readReports = readReports;
    }

    @Operation(operationId = "createReport", summary = "Report an event from the field")
    @Post
    @Secured("WORKER")
    HttpResponse<ReportView> create(@Body ReportRequest request, Authentication authentication) {
        Submitted submitted = submitReport.submit(request.toSubmission(), reporter(authentication));
        ReportView view = ReportView.of(submitted.report(), List.of());
        URI location = URI.create("/api/v1/reports/" + submitted.report().id());
        return submitted.replayed() ? HttpResponse.ok(view).headers(h -> h.location(location))
                : HttpResponse.created(view, location);
    }

    @Operation(operationId = "createReportBatch", summary = "Report several events queued offline")
    @Post("/batch")
    @Secured("WORKER")
    BatchView batch(@Body BatchRequest request, Authentication authentication) {
        if (request.reports() == null) {
            throw Problem.badRequest("reports", "is required");
        }
        List<JsonNode> raw = request.reports();
        if (raw.isEmpty() || raw.size() > SubmitBatch.MAX_ITEMS) {
            throw Problem.badRequest("reports", "a batch holds 1 to " + SubmitBatch.MAX_ITEMS + " reports");
        }
        BatchView.Item[] results = new BatchView.Item[raw.size()];
        List<Integer> readable = new ArrayList<>();
        List<ReportSubmission> submissions = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            try {
                submissions.add(readItem(raw.get(i)).toSubmission());
                readable.add(i);
            } catch (IOException | RuntimeException unreadable) {
                Problem.FieldError error = unreadable instanceof Problem refused && !refused.errors().isEmpty()
                        ? refused.errors().get(0)
                        : ClientErrors.of(unreadable).orElse(new Problem.FieldError("report", "cannot be read as a report"));
                results[i] = new BatchView.Item(i, clientReportIdOf(raw.get(i)), 400, "invalid", null,
                        List.of(new BatchView.FieldError(error.field(), error.message())));
            }
        }
        List<SubmitBatch.ItemResult> submitted = submissions.isEmpty() ? List.of()
                : submitBatch.submit(submissions, reporter(authentication));
        for (SubmitBatch.ItemResult item : submitted) {
            int index = readable.get(item.result().index());
            results[index] = new BatchView.Item(index, item.result().clientReportId(), item.result().status(),
                    item.result().outcome().name().toLowerCase(java.util.Locale.ROOT),
                    item.submitted() == null ? null : ReportView.of(item.submitted().report(), List.of()),
                    item.result().errors().stream().map(e -> new BatchView.FieldError(e.field(), e.message())).toList());
        }
        return new BatchView(List.of(results));
    }

    private ReportRequest readItem(JsonNode item) throws IOException {
        if (item == null || item.isNull()) {
            return new ReportRequest(null, null, null, null, null, null, null, null, null, null, null);
        }
        if (!item.isObject()) {
            throw Problem.badRequest("report", "must be an object");
        }
        return json.readValueFromTree(item, ReportRequest.class);
    }

    /** The item's client id when it can be read, so that the phone can match an unreadable item's answer. */
    private static UUID clientReportIdOf(JsonNode item) {
        if (item == null || !item.isObject() || item.get("clientReportId") == null || !item.get("clientReportId").isString()) {
            return null;
        }
        try {
            return UUID.fromString(item.get("clientReportId").getStringValue());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Operation(operationId = "listMyReports", summary = "The caller's own reports and their progress")
    @Get("{?mine,since}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    SyncView mine(@Nullable @QueryValue String mine, @Nullable @QueryValue String since, Authentication authentication) {
        Instant from = null;
        if (since != null && !since.isBlank()) {
            try {
                from = Instant.parse(since);
            } catch (DateTimeParseException e) {
                throw Problem.badRequest("since", "must be an ISO-8601 instant such as 2026-05-04T08:00:00Z");
            }
            if (!org.gridgov.platform.time.DateBounds.contains(from)) {
                throw Problem.badRequest("since", "must lie " + org.gridgov.platform.time.DateBounds.RANGE);
            }
        }
        ReadReports.Sync sync = readReports.mine(Caller.of(authentication), from);
        return new SyncView(sync.reports().stream().map(ReportView::of).toList(),
                sync.verificationTasks().stream().map(SyncView.TaskView::of).toList(), sync.syncedAt(),
                sync.checkTasks().stream().map(SyncView.TaskView::of).toList());
    }

    @Operation(operationId = "getReport", summary = "A report")
    @Get("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    ReportView one(@PathVariable UUID id, Authentication authentication) {
        return ReportView.of(readReports.one(id, Caller.of(authentication)));
    }

    @Operation(operationId = "addReportPhoto", summary = "Attach a photo to a report")
    @Post(value = "/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured("WORKER")
    HttpResponse<ReportView.PhotoView> addPhoto(@PathVariable UUID id, CompletedFileUpload file, Authentication authentication) {
        long max = attachPhoto.limits().maxBytes();
        if (file.getSize() > max) {
            throw Problem.unprocessable("file", "is larger than " + max + " bytes");
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw Problem.badRequest("file", "could not be read");
        }
        String uploader = Caller.of(authentication).username();
        AttachPhoto.Attached attached = Unavailable.database(() -> attachPhoto.attach(id, uploader, bytes));
        ReportView.PhotoView view = new ReportView.PhotoView(attached.photo().n(), attached.photo().sha256(),
                attached.photo().type().mediaType(), attached.photo().sizeBytes(),
                attached.photo().exifLocation() == null ? null : new ReportView.PointView(
                        attached.photo().exifLocation().lat(), attached.photo().exifLocation().lon()),
                "/api/v1/reports/" + id + "/photos/" + attached.photo().n());
        URI location = URI.create(view.url());
        return attached.created() ? HttpResponse.created(view, location) : HttpResponse.ok(view).headers(h -> h.location(location));
    }

    @Operation(operationId = "getReportPhoto", summary = "A photo of a report")
    @Get("/{id}/photos/{n}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<byte[]> photo(@PathVariable UUID id, @PathVariable int n, Authentication authentication) {
        byte[] bytes = readReports.photo(id, n, Caller.of(authentication));
        MediaType type = PhotoType.sniff(java.util.Arrays.copyOf(bytes, Math.min(16, bytes.length)))
                .map(t -> MediaType.of(t.mediaType())).orElse(MediaType.APPLICATION_OCTET_STREAM_TYPE);
        return HttpResponse.ok(bytes).contentType(type).header("X-Content-Type-Options", "nosniff");
    }

    private static Reporter reporter(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        return Reporter.worker(caller.username(), WorkerScope.of(caller.scope()));
    }

}
