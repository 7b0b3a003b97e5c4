package org.gridgov.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.intake.domain.Pictures;
import org.gridgov.intake.domain.Sha256;
import org.gridgov.platform.security.Role;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * What the field app needs beside reports: the category table for its picker, and a place for the
 * photos of an on-site verification, which the case action then names by SHA-256.
 */
@MicronautTest(transactional = false)
@Property(name = "gridgov.intake.photos.max-bytes", value = "4096")
@Property(name = "gridgov.intake.blob-dir", value = "target/intake-test-blobs")
class EvidencePhotoAndCategoriesIT {

    @Inject @Client("/") HttpClient client;
    @Inject TestTokens tokens;

    @Test
    void aWorkersVerificationPhotoIsStoredByItsHashOnceAndServedToAnotherRole() {
        IntakeApi api = new IntakeApi(client);
        String worker = tokens.issue("evidence-worker", Role.WORKER, List.of(TestGrids.HOME_TOWNSHIP + "200001"));
        byte[] png = Pictures.png();
        png[20] = 42;

        IntakeApi.Answer first = upload(api, worker, png);
        IntakeApi.Answer again = upload(api, worker, png);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().path("sha256").asText()).isEqualTo(Sha256.hex(png));
        assertThat(first.json().path("mediaType").asText()).isEqualTo("image/png");
        assertThat(again.json().path("sha256").asText()).as("the same picture is the same photo").isEqualTo(Sha256.hex(png));
        String township = tokens.issue("evidence-township", Role.TOWNSHIP, List.of(TestGrids.HOME_TOWNSHIP));
        byte[] served = client.toBlocking().retrieve(HttpRequest.GET(first.json().path("url").asText()).bearerAuth(township), byte[].class);
        assertThat(served).isEqualTo(png);
    }

    @Test
    void notAPictureATooLargeOneAndABadOrUnknownHashAreRefusedNamingTheField() {
        IntakeApi api = new IntakeApi(client);
        String worker = tokens.issue("evidence-worker-2", Role.WORKER, List.of(TestGrids.HOME_TOWNSHIP + "200001"));
        IntakeApi.Answer words = upload(api, worker, "not a picture".getBytes(StandardCharsets.UTF_8));
        assertThat(words.status()).isEqualTo(422);
        assertThat(IntakeApi.fields(words.json())).containsExactly("file");
        byte[] big = new byte[5000];
        System.arraycopy(Pictures.png(), 0, big, 0, 8);
        assertThat(upload(api, worker, big).status()).isEqualTo(422);

        IntakeApi.Answer badHash = api.get("/api/v1/photos/not-a-hash", worker);
        assertThat(badHash.status()).isEqualTo(400);
        assertThat(IntakeApi.fields(badHash.json())).containsExactly("sha256");
        assertThat(api.get("/api/v1/photos/" + "0".repeat(64), worker).status()).isEqualTo(404);
        String citizenApp = tokens.issue("evidence-reform", Role.REFORM_OFFICE);
        assertThat(upload(api, citizenApp, Pictures.png()).status()).as("only roles that act on cases upload").isEqualTo(403);
    }

    @Test
    void theCategoryPickerGetsEveryCategoryWithItsMajorClassInTableOrder() {
        IntakeApi api = new IntakeApi(client);
        JsonNode categories = api.get("/api/v1/categories", tokens.issue("picker", Role.WORKER)).json().path("categories");
        List<String> codes = new ArrayList<>();
        categories.forEach(c -> codes.add(c.path("code").asText()));

        assertThat(codes).hasSize(32).isSorted().contains("0102");
        JsonNode garbage = categories.get(codes.indexOf("0102"));
        assertThat(garbage.path("major").asText()).isEqualTo("市容环境");
        assertThat(garbage.path("name").asText()).isEqualTo("暴露垃圾");
        assertThat(api.exchange(HttpRequest.GET("/api/v1/categories")).status()).as("signed-in users only").isEqualTo(401);
    }

    private static IntakeApi.Answer upload(IntakeApi api, String token, byte[] bytes) {
        MultipartBody body = MultipartBody.builder().addPart("file", "site.bin", MediaType.APPLICATION_OCTET_STREAM_TYPE, bytes).build();
        return api.exchange(HttpRequest.POST("/api/v1/photos", body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(token));
    }
}
