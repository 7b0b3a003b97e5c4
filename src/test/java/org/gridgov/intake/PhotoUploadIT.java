package org.gridgov.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.gridgov.intake.TestGrids.TestGrid;
import org.gridgov.intake.domain.Pictures;
import org.gridgov.platform.security.Role;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Photos are recognised by content, limited in number and size, stored by their SHA-256, and served back. */
@MicronautTest(transactional = false)
@Property(name = "gridgov.intake.photos.max-bytes", value = "4096")
@Property(name = "gridgov.blob.dir", value = PhotoUploadIT.BLOB_DIR)
class PhotoUploadIT {

    static final String BLOB_DIR = "target/intake-test-blobs";

    @Inject @Client("/") HttpClient client;
    @Inject TestTokens tokens;

    IntakeApi api;
    String token;
    String reportId;

    @BeforeEach
    void aReport() {
        api = new IntakeApi(client);
        TestGrid grid = new TestGrids(client, tokens).inHomeTownship();
        token = tokens.issue("photo-" + UUID.randomUUID().toString().substring(0, 8), Role.WORKER, List.of(grid.code()));
        reportId = api.post("/api/v1/reports", IntakeApi.report(UUID.randomUUID(), "0102", grid.lat(), grid.lon()), token)
                .json().path("id").asText();
    }

    @Test
    void aJpegWithGpsIsStoredByItsHashWithItsExifPositionAndServedBack() {
        byte[] jpeg = Pictures.jpegWithGps(36.70, 117.90);
        IntakeApi.Answer uploaded = upload("scene.bin", jpeg);

        assertThat(uploaded.status()).isEqualTo(201);
        assertThat(uploaded.json().path("mediaType").asText()).isEqualTo("image/jpeg");
        assertThat(uploaded.json().path("sha256").asText()).isEqualTo(org.gridgov.intake.domain.Sha256.hex(jpeg));
        assertThat(uploaded.json().path("exifLocation").path("lat").asDouble()).isBetween(36.699, 36.701);

        var served = client.toBlocking().exchange(HttpRequest.GET("/api/v1/reports/" + reportId + "/photos/1").bearerAuth(token), byte[].class);
        assertThat(served.getBody()).contains(jpeg);
        assertThat(served.getContentType()).contains(MediaType.IMAGE_JPEG_TYPE);
        assertThat(api.get("/api/v1/reports/" + reportId, token).json().path("photos").get(0).path("sha256").asText())
                .isEqualTo(uploaded.json().path("sha256").asText());
    }

    @Test
    void anUploadedPhotoIsAFileUnderTheConfiguredBlobDirectory() throws java.io.IOException {
        byte[] png = Pictures.png();
        byte[] unique = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(unique, 0, png, 24, unique.length); // a file no earlier run can have left there
        String sha = upload("where.png", png).json().path("sha256").asText();

        java.nio.file.Path stored = java.nio.file.Path.of(BLOB_DIR, sha.substring(0, 2), sha.substring(2, 4), sha);
        assertThat(stored).exists();
        assertThat(java.nio.file.Files.readAllBytes(stored)).isEqualTo(png);
    }

    @Test
    void aPngNamedLikeTextIsAPngAndTextNamedLikeAJpegIsRefused() {
        assertThat(upload("notes.txt", Pictures.png()).json().path("mediaType").asText()).isEqualTo("image/png");
        IntakeApi.Answer refused = upload("photo.jpg", "just words, not a picture".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(IntakeApi.fields(refused.json())).containsExactly("file");
    }

    @Test
    void theSameBytesTwiceAreOnePhotoAndTheSixthPhotoAndAnOversizedOneAreRefused() {
        assertThat(upload("a.webp", Pictures.webp()).status()).isEqualTo(201);
        IntakeApi.Answer again = upload("a-again.webp", Pictures.webp());
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("n").asInt()).isEqualTo(1);
        for (int i = 0; i < 4; i++) {
            byte[] distinct = Pictures.png();
            distinct[20] = (byte) i;
            assertThat(upload("p" + i + ".png", distinct).status()).isEqualTo(201);
        }
        byte[] sixth = Pictures.png();
        sixth[20] = 99;
        assertThat(upload("p6.png", sixth).status()).isEqualTo(422);
        byte[] big = new byte[5000];
        System.arraycopy(Pictures.png(), 0, big, 0, 8);
        assertThat(upload("big.png", big).status()).isEqualTo(422);
    }

    @Test
    void onlyTheReporterAddsPhotos() {
        String other = tokens.issue("someone-else", Role.WORKER, List.of(TestGrids.HOME_TOWNSHIP + "200001"));
        MultipartBody body = MultipartBody.builder().addPart("file", "x.png", MediaType.APPLICATION_OCTET_STREAM_TYPE, Pictures.png()).build();
        IntakeApi.Answer refused = api.exchange(HttpRequest.POST("/api/v1/reports/" + reportId + "/photos", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(other));
        assertThat(refused.status()).isEqualTo(403);
    }

    private IntakeApi.Answer upload(String name, byte[] bytes) {
        MultipartBody body = MultipartBody.builder().addPart("file", name, MediaType.APPLICATION_OCTET_STREAM_TYPE, bytes).build();
        return api.exchange(HttpRequest.POST("/api/v1/reports/" + reportId + "/photos", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(token));
    }
}
