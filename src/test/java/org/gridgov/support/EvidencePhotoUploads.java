package org.gridgov.support;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.multipart.MultipartBody;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.gridgov.intake.domain.Pictures;

/** Uploads a real (tiny, distinct) picture as case evidence, as a phone does before it cites it in an action. */
public final class EvidencePhotoUploads {

    private EvidencePhotoUploads() {
    }

    /** @return the photo's id (its SHA-256), which case actions cite */
    @SuppressWarnings("unchecked")
    public static String upload(HttpClient client, String token) {
        byte[] png = Pictures.png();
        png[20] = (byte) ThreadLocalRandom.current().nextInt(256);
        png[21] = (byte) ThreadLocalRandom.current().nextInt(256);
        MultipartBody body = MultipartBody.builder()
                .addPart("file", "evidence.png", MediaType.APPLICATION_OCTET_STREAM_TYPE, png).build();
        Map<String, Object> stored = client.toBlocking().retrieve(HttpRequest.POST("/api/v1/photos", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(token), Map.class);
        return (String) stored.get("sha256");
    }
}
