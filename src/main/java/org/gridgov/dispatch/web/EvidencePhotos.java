package org.gridgov.dispatch.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.util.List;
import org.gridgov.platform.refusal.Refusal;

/**
 * Checks that the photos a case action cites were uploaded to intake (they are named by SHA-256,
 * and any 64 hex digits look like one): a verification citing pictures nobody took is refused.
 * Asks intake's {@code GET /api/v1/photos/{sha256}} with the caller's own token, at
 * {@code gridgov.dispatch.intake-url} (default: this process).
 */
@Singleton
public class EvidencePhotos {

    private final HttpClient client;
    private final String configuredUrl;
    private final Provider<EmbeddedServer> server;

    public EvidencePhotos(HttpClient client, @Nullable @Value("${gridgov.dispatch.intake-url:}") String configuredUrl,
            Provider<EmbeddedServer> server) {
        this.client = client;
        this.configuredUrl = configuredUrl;
        this.server = server;
    }

    /** Refuses with 422 naming {@code photos} the first photo intake does not have. */
    public void requireUploaded(List<String> photos, String bearer) {
        for (String sha256 : photos) {
            var uri = UriBuilder.of(baseUrl()).path("/api/v1/photos/" + sha256).build();
            try {
                client.toBlocking().exchange(HttpRequest.GET(uri).bearerAuth(bearer));
            } catch (HttpClientResponseException e) {
                if (e.code() == 404 || e.code() == 400) {
                    throw Refusal.invalid("photos", "photo " + sha256 + " was never uploaded (POST /api/v1/photos)");
                }
                throw Refusal.unavailable("intake could not confirm the photos (" + e.code() + "); try again later");
            } catch (HttpClientException e) {
                throw Refusal.unavailable("intake could not confirm the photos; try again later");
            }
        }
    }

    private String baseUrl() {
        return configuredUrl == null || configuredUrl.isBlank() ? server.get().getURL().toString() : configuredUrl;
    }
}
