package org.gridgov.intake.remote;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.intake.app.GridLocator;
import org.gridgov.intake.domain.Coordinates;
import org.gridgov.intake.domain.GridChain;
import org.gridgov.platform.batching.Batcher;

/**
 * Calls the grid service's locate at {@code gridgov.intake.grid-url}, which defaults to this
 * process's own server (all roles in one JVM). Points asked for at the same time, by concurrent
 * reports or by one offline batch, go out together in one {@code POST /api/v1/locate}, so the HTTP
 * exchange is shared instead of paid per report.
 *
 * <p>Anything but a clear answer (refused connection, timeout, an error status, an unreadable
 * body) is "unavailable": intake then refuses the report with 503 rather than accept one it could
 * not place. Intake calls with its own service token: the answer does not depend on who asks,
 * and the worker's scope is applied by intake.
 */
@Singleton
public class HttpGridLocator implements GridLocator {

    /** The grid service's limit per request. */
    private static final int MAX_POINTS = 500;

    private final HttpClient client;
    private final String configuredUrl;
    private final Provider<EmbeddedServer> server;
    private final ServiceToken serviceToken;
    private final Duration maxWait;
    private final Batcher<Query, Optional<Located>> exchanges;

    public HttpGridLocator(HttpClient client, @Nullable @Value("${gridgov.intake.grid-url:}") String configuredUrl,
            Provider<EmbeddedServer> server, ServiceToken serviceToken,
            @Value("${gridgov.intake.locate.threads:2}") int threads,
            @Value("${gridgov.intake.locate.max-wait:15s}") Duration maxWait) {
        this.client = client;
        this.configuredUrl = configuredUrl;
        this.server = server;
        this.serviceToken = serviceToken;
        this.maxWait = maxWait;
        this.exchanges = new Batcher<>("grid-locate", threads, MAX_POINTS, this::exchange);
    }

    @Override
    public List<Optional<Located>> locate(List<Query> points) {
        List<Optional<Located>> located = new ArrayList<>(points.size());
        for (Batcher.Answer<Optional<Located>> answer : exchanges.call(points, maxWait)) {
            if (answer.failed()) {
                throw answer.failure() instanceof GridUnavailable unavailable ? unavailable
                        : new GridUnavailable("the grid service did not answer in time", answer.failure());
            }
            located.add(answer.value());
        }
        return located;
    }

    private List<Optional<Located>> exchange(List<Query> points) {
        URI uri = UriBuilder.of(baseUrl()).path("/api/v1/locate").build();
        LocateMany request = new LocateMany(points.stream()
                .map(q -> new PointQuery(q.point().lat(), q.point().lon(), q.crs().wire())).toList());
        LocateManyAnswer answer;
        try {
            answer = client.toBlocking().retrieve(HttpRequest.POST(uri, request).bearerAuth(serviceToken.bearer()),
                    LocateManyAnswer.class);
        } catch (HttpClientResponseException e) {
            throw new GridUnavailable("the grid service answered " + e.getStatus().getCode(), e);
        } catch (RuntimeException e) {
            throw new GridUnavailable("the grid service cannot be reached", e);
        }
        try {
            if (answer.results().size() != points.size()) {
                throw new IllegalStateException(answer.results().size() + " results for " + points.size() + " points");
            }
            List<Optional<Located>> located = new ArrayList<>(points.size());
            for (Result result : answer.results()) {
                located.add(result.located() == null ? Optional.empty() : Optional.of(result.located().toLocated()));
            }
            return located;
        } catch (RuntimeException e) {
            throw new GridUnavailable("the grid service answered something unreadable", e);
        }
    }

    private String baseUrl() {
        if (configuredUrl != null && !configuredUrl.isBlank()) {
            return configuredUrl;
        }
        return server.get().getURL().toString();
    }

    @PreDestroy
    void close() {
        exchanges.close(maxWait);
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record LocateMany(List<PointQuery> points) {
    }

    @Serdeable
    record PointQuery(double lat, double lon, String crs) {
    }

    @Serdeable
    record LocateManyAnswer(List<Result> results) {
    }

    @Serdeable
    record Result(int index, @Nullable LocateAnswer located) {
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
            String gridCode = grid.code();
            // the 15-digit grid code carries the whole chain; the tiers are used when given
            GridChain chain = new GridChain(gridCode, codeOr(community, gridCode.substring(0, 12)),
                    codeOr(township, gridCode.substring(0, 9)), codeOr(district, gridCode.substring(0, 6)));
            return new Located(chain, new Coordinates(point.lat(), point.lon()));
        }

        private static String codeOr(Code tier, String fallback) {
            return tier == null || tier.code() == null ? fallback : tier.code();
        }
    }
}
