package org.gridgov.intake.web;

import io.micronaut.context.annotation.Requires;
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
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.gridgov.intake.app.StorePhoto;
import org.gridgov.intake.domain.PhotoType;
import org.gridgov.platform.problem.Problem;

/**
 * Photos of case steps (result photos of 办结, photos of 核查): {@code POST /api/v1/photos} with a
 * multipart part {@code file} stores a JPEG/PNG/WebP and answers its SHA-256 id, which the case
 * action then lists in {@code photos}; {@code GET /api/v1/photos/{sha256}} returns the picture.
 * A photo id is the SHA-256 of the content: it cannot be guessed, and it is shown only in the
 * timelines of cases the reader may see, so holding the id is what lets a signed-in user read it.
 */
@Controller("/api/v1/photos")
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = "gridgov.roles.intake", notEquals = "false")
class PhotosController {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    @Serdeable
    record StoredPhoto(String sha256, String mediaType, long sizeBytes, String url) {
    }

    private final StorePhoto photos;

    PhotosController(StorePhoto photos) {
        this.photos = photos;
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured({"DISPATCHER", "TOWNSHIP", "WORKER"})
    HttpResponse<StoredPhoto> upload(CompletedFileUpload file) {
        long max = photos.maxBytes();
        if (file.getSize() > max) {
            throw Problem.unprocessable("file", "is larger than " + max + " bytes");
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw Problem.badRequest("file", "could not be read");
        }
        StorePhoto.Stored stored = photos.store(bytes);
        String url = "/api/v1/photos/" + stored.sha256();
        return HttpResponse.created(new StoredPhoto(stored.sha256(), stored.type().mediaType(), stored.sizeBytes(), url),
                URI.create(url));
    }

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
                .header("Cache-Control", "private, max-age=86400, immutable");
    }
}
