package org.gridgov.platform.geo;

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
import java.net.URI;
import java.util.Map;
import org.gridgov.platform.problem.Problem;

/**
 * Asks the grid service whether a grid or an area exists, before something is tied to it: a worker
 * scoped to a grid that does not exist can never report, and a routing rule for a township code
 * with a typo never matches. Services other than grid own no area data, so they ask over HTTP, with
 * the caller's own token, at {@code gridgov.platform.grid-url} (default: this process, which
 * serves the grid role in a one-process deployment).
 */
@Singleton
public class KnownAreas {

    private final HttpClient client;
    private final String configuredUrl;
    private final Provider<EmbeddedServer> server;

    public KnownAreas(HttpClient client, @Nullable @Value("${gridgov.platform.grid-url:}") String configuredUrl,
            Provider<EmbeddedServer> server) {
        this.client = client;
        this.configuredUrl = configuredUrl;
        this.server = server;
    }

    /** Refuses with 422 naming {@code field} a grid code the grid service does not know. */
    public void requireGrid(String field, String code, String bearer) {
        lookUp(field, "/api/v1/grids/" + code, "grid " + code, bearer);
    }

    /** Refuses with 422 naming {@code field} an area that does not exist or is not of {@code level}. */
    public void requireArea(String field, String code, String level, String bearer) {
        Map<?, ?> area = lookUp(field, "/api/v1/areas/" + code, level + " " + code, bearer);
        if (!level.equals(area.get("level"))) {
            throw Problem.unprocessable(field, code + " is a " + area.get("level") + ", not a " + level);
        }
    }

    private Map<?, ?> lookUp(String field, String path, String what, String bearer) {
        URI uri = UriBuilder.of(baseUrl()).path(path).build();
        try {
            return client.toBlocking().retrieve(HttpRequest.GET(uri).bearerAuth(bearer), Map.class);
        } catch (HttpClientResponseException e) {
            if (e.code() == 404 || e.code() == 400) {
                throw Problem.unprocessable(field, "there is no " + what);
            }
            throw Problem.unavailable("the grid service could not confirm the " + what + " (" + e.code() + "); try again later");
        } catch (HttpClientException e) {
            throw Problem.unavailable("the grid service could not confirm the " + what + "; try again later");
        }
    }

    private String baseUrl() {
        return configuredUrl == null || configuredUrl.isBlank() ? server.get().getURL().toString() : configuredUrl;
    }

    /** The bearer token of a request, to ask the grid service with the caller's own rights. */
    public static String bearerOf(HttpRequest<?> request) {
        return request.getHeaders().getAuthorization().filter(value -> value.startsWith("Bearer "))
                .map(value -> value.substring("Bearer ".length())).orElse("");
    }
}
