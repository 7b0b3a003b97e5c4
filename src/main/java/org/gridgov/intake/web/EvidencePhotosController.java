package org.gridgov.intake.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.gridgov.intake.app.StoreEvidencePhoto;
import org.gridgov.intake.domain.PhotoType;
import org.gridgov.intake.domain.Violation;
import org.gridgov.platform.problem.DocumentedProblems;
import org.gridgov.platform.problem.Problem;

/**
 * Photos taken as evidence of a case action (核查 on site, a department's result). Case actions name
 * photos by SHA-256; this is where a phone or the console puts the picture first. The id is the hash
 * of the content, so only someone who was shown it (in a case's timeline) can ask for it.
 */
@Tag(name = "intake")
@DocumentedProblems
@Controller("/api/v1/photos")
@ExecuteOn(TaskExecutors.BLOCKING)
class EvidencePhotosController {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    @Serdeable
    record EvidencePhotoView(String sha256, String mediaType, long sizeBytes, String url) {
    }

    private final StoreEvidencePhoto photos;

    EvidencePhotosController(StoreEvidencePhoto photos) {
        this.photos = photos;
    }

    @Operation(operationId = "uploadPhoto", summary = "Upload an evidence photo (multipart)")
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured({"WORKER", "DISPATCHER", "TOWNSHIP"})
    HttpResponse<EvidencePhotoView> upload(CompletedFileUpload file) {
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readNBytes((int) Math.min(file.getSize() + 1, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw Problem.badRequest("file", "could not be read");
        }
        StoreEvidencePhoto.Outcome outcome = photos.store(bytes);
        if (outcome instanceof StoreEvidencePhoto.Refused refused) {
            Violation v = refused.violation();
            throw v.kind() == Violation.Kind.MALFORMED ? Problem.badRequest(v.field(), v.message())
                    : Problem.unprocessable(v.field(), v.message());
        }
        StoreEvidencePhoto.Stored stored = (StoreEvidencePhoto.Stored) outcome;
        String url = "/api/v1/photos/" + stored.sha256();
        return HttpResponse.created(new EvidencePhotoView(stored.sha256(), stored.type().mediaType(), stored.sizeBytes(), url),
                URI.create(url));
    }

    @Operation(operationId = "getPhoto", summary = "An evidence photo by its SHA-256")
    @Get("/{sha256}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<byte[]> read(@PathVariable String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw Problem.badRequest("sha256", "must be 64 lower-case hex digits");
        }
        byte[] bytes = photos.read(sha256).orElseThrow(() -> Problem.notFound("no photo " + sha256));
        MediaType type = PhotoType.sniff(Arrays.copyOf(bytes, Math.min(16, bytes.length)))
                .map(t -> MediaType.of(t.mediaType())).orElse(MediaType.APPLICATION_OCTET_STREAM_TYPE);
        return HttpResponse.ok(bytes).contentType(type).header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, max-age=31536000, immutable");
    }
}
