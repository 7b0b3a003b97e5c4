package org.gridgov.intake.app;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URL;
import org.gridgov.intake.domain.Coordinates;
import org.gridgov.intake.domain.Crs;
import org.gridgov.intake.domain.GridChain;

/**
 * Calls {@code GET /api/v1/locate} on the grid service at {@code gridgov.intake.grid-url}, which
 * defaults to this process's own server (all roles in one JVM). Anything but a clear answer
 * (refused connection, timeout, 5xx, an unreadable body) is "unavailable": intake then refuses
 * the report with 503 rather than accept one it could not place.
 */
@Singleton
@Requires(property = "gridgov.roles.intake", notEquals = "false")
public class HttpGridLocator implements GridLocator {

    private final HttpClient client;
    private final String configuredUrl;
    private final Provider<EmbeddedServer> server;
    private final ServiceToken serviceToken;

    public HttpGridLocator(HttpClient client, @Nullable @Value("${gridgov.intake.grid-url:}") String configuredUrl,
            Provider<EmbeddedServer> server, ServiceToken serviceToken) {
        this.client = client;
        this.configuredUrl = configuredUrl;
        this.server = server;
        this.serviceToken = serviceToken;
    }

    @Override
    public Located locate(Coordinates point, Crs crs, String bearer) {
        URI uri = UriBuilder.of(baseUrl()).path("/api/v1/locate")
                .queryParam("lat", point.lat()).queryParam("lon", point.lon()).queryParam("crs", crs.wire()).build();
        String token = bearer != null ? bearer : serviceToken.bearer();
        try {
            LocateAnswer answer = client.toBlocking().retrieve(HttpRequest.GET(uri).bearerAuth(token), LocateAnswer.class);
            return answer.toLocated();
        } catch (HttpClientResponseException e) {
            if (e.getStatus() == HttpStatus.NOT_FOUND) {
                throw new NotInAnyGrid("the point lies in no grid cell");
            }
            if (e.getStatus() == HttpStatus.BAD_REQUEST) {
                throw new NotInAnyGrid("the grid service refused the point: " + e.getMessage());
            }
            throw new GridUnavailable("the grid service answered " + e.getStatus().getCode(), e);
        } catch (RuntimeException e) {
            throw new GridUnavailable("the grid service cannot be reached", e);
        }
    }

    private String baseUrl() {
        if (configuredUrl != null && !configuredUrl.isBlank()) {
            return configuredUrl;
        }
        URL url = server.get().getURL();
        return url.toString();
    }

    @Serdeable
    record Code(String code) {
    }

    @Serdeable
    record Point(Double lat, Double lon) {
    }

    @Serdeable
    record LocateAnswer(Code grid, @Nullable Code community, @Nullable Code township, @Nullable Code district, Point point) {

        Located toLocated() {
            try {
                String gridCode = grid.code();
                // the 15-digit grid code carries the whole chain; the tiers are used when given
                GridChain chain = new GridChain(gridCode, codeOr(community, gridCode.substring(0, 12)),
                        codeOr(township, gridCode.substring(0, 9)), codeOr(district, gridCode.substring(0, 6)));
                return new Located(chain, new Coordinates(point.lat(), point.lon()));
            } catch (RuntimeException e) {
                throw new GridUnavailable("the grid service answered something unreadable", e);
            }
        }

        private static String codeOr(Code tier, String fallback) {
            return tier == null || tier.code() == null ? fallback : tier.code();
        }
    }
}
