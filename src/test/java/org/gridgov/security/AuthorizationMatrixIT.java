package org.gridgov.security;

import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.gridgov.dispatch.app.HandleRoutingDecision;
import org.gridgov.dispatch.messaging.RoutingDecisionV1;
import org.gridgov.platform.security.Role;
import org.assertj.core.api.SoftAssertions;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every role against every route, with the expected status written down in
 * {@code src/test/resources/security/authorization-matrix.csv}. The routes come from the router
 * itself, so a new endpoint without a row, or a row for an endpoint that is gone, fails the test.
 * A mismatch writes what was observed to {@code target/authorization-matrix.observed.csv}.
 */
@MicronautTest(transactional = false)
class AuthorizationMatrixIT {

    static final String MATRIX = "/security/authorization-matrix.csv";
    static final List<String> CALLERS = List.of("anonymous", "worker_of_grid", "worker_other_township",
            "dispatcher_of_case", "dispatcher_other_department", "township_of_case", "township_other",
            "reform_office", "admin");

    @Inject EmbeddedServer server;
    @Inject Router router;
    @Inject TestTokens tokens;
    @Inject HandleRoutingDecision routing;
    @Inject ObjectMapper json;
    @Inject Clock clock;
    @Inject @Client("/") HttpClient http;

    private final java.net.http.HttpClient raw = java.net.http.HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).build();
    private MatrixFixture fixture;

    @BeforeEach
    void aCaseInAGridOfATownshipAndAnotherTownship() throws IOException {
        fixture = MatrixFixture.create(http, tokens.issue("matrix-admin", Role.ADMIN, List.of()));
        UUID caseId = UUID.randomUUID();
        routing.handle(json.readValue(fixture.caseOpened(caseId, clock.instant()), RoutingDecisionV1.class));
        fixture.caseId = caseId.toString();
    }

    @Test
    void everyRouteHasARowAndEveryRoleGetsTheStatusItsRowSays() throws Exception {
        List<MatrixRow> rows = MatrixRow.read(getClass().getResourceAsStream(MATRIX), CALLERS);
        Set<String> routesWithoutARow = routesWithoutARow(rows);
        Set<String> rowsWithoutARoute = rowsWithoutARoute(rows);

        List<String> mismatches = new ArrayList<>();
        List<MatrixRow> observed = new ArrayList<>();
        for (MatrixRow row : rows) {
            Map<String, String> seen = new LinkedHashMap<>();
            for (String caller : CALLERS) {
                String expected = row.expected().get(caller);
                if ("-".equals(expected)) {
                    seen.put(caller, "-");
                    continue;
                }
                int status = send(row, caller);
                seen.put(caller, String.valueOf(status));
                if (!String.valueOf(status).equals(expected)) {
                    mismatches.add(row.method() + " " + row.route() + " as " + caller + ": expected " + expected
                            + ", got " + status);
                }
            }
            observed.add(row.withExpected(seen));
        }
        if (!mismatches.isEmpty()) {
            Path out = Path.of("target", "authorization-matrix.observed.csv");
            Files.createDirectories(out.getParent());
            Files.writeString(out, MatrixRow.write(observed, CALLERS), StandardCharsets.UTF_8);
        }
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(routesWithoutARow).as("routes without a row in " + MATRIX).isEmpty();
            softly.assertThat(rowsWithoutARoute).as("rows in " + MATRIX + " for routes that do not exist").isEmpty();
            softly.assertThat(mismatches).as("statuses that differ from " + MATRIX).isEmpty();
        });
    }

    private Set<String> routesWithoutARow(List<MatrixRow> rows) {
        Set<String> missing = new TreeSet<>(actualRoutes());
        rows.forEach(row -> missing.remove(row.key()));
        return missing;
    }

    private Set<String> rowsWithoutARoute(List<MatrixRow> rows) {
        Set<String> actual = actualRoutes();
        Set<String> stale = new TreeSet<>();
        rows.stream().map(MatrixRow::key).filter(key -> !actual.contains(key)).forEach(stale::add);
        return stale;
    }

    /**
     * "METHOD /path/{var}" of every route the application serves, query templates left off. The HEAD
     * route Micronaut adds beside each GET answers as the GET does, so the GET's row stands for it.
     */
    private Set<String> actualRoutes() {
        Set<String> routes = new TreeSet<>();
        router.uriRoutes().forEach(route -> routes.add(route.getHttpMethodName() + " "
                + route.getUriMatchTemplate().toString().replaceAll("\\{\\?[^}]*}", "")));
        routes.removeIf(route -> route.startsWith("HEAD ") && routes.contains("GET " + route.substring(5)));
        return routes;
    }

    private int send(MatrixRow row, String caller) throws IOException, InterruptedException {
        String path = fixture.fill(row.request());
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                URI.create(server.getURL() + path)).timeout(Duration.ofSeconds(30));
        String token = token(caller);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        MatrixFixture.Body body = fixture.body(row.body());
        request.method(row.method(), body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(body.content()));
        if (body != null) {
            request.header("Content-Type", body.contentType());
        }
        if (row.method().equals("POST") && row.request().startsWith("/api/v1/cases/{case}/")) {
            // a version that is not the case's: whoever may see the case learns 412, and nothing changes
            request.header("If-Match", "\"999\"");
        }
        java.net.http.HttpResponse<InputStream> response = raw.send(request.build(), BodyHandlers.ofInputStream());
        try (InputStream stream = response.body()) {
            if (!response.headers().firstValue("Content-Type").orElse("").startsWith(MediaType.TEXT_EVENT_STREAM)) {
                stream.readAllBytes();
            }
        }
        return response.statusCode();
    }

    /** A fresh token per request: a route such as /logout ends the session it is called with. */
    private String token(String caller) {
        return switch (caller) {
            case "anonymous" -> null;
            case "worker_of_grid" -> tokens.issue(fixture.workerId, Role.WORKER, List.of(fixture.grid));
            case "worker_other_township" -> tokens.issue(fixture.otherWorkerId, Role.WORKER, List.of(fixture.otherGrid));
            case "dispatcher_of_case" -> tokens.issue("matrix-cgj", Role.DISPATCHER, List.of(MatrixFixture.DEPARTMENT));
            case "dispatcher_other_department" -> tokens.issue("matrix-zjj", Role.DISPATCHER, List.of("ZJJ"));
            case "township_of_case" -> tokens.issue("matrix-own-township", Role.TOWNSHIP, List.of(fixture.township));
            case "township_other" -> tokens.issue("matrix-other-township", Role.TOWNSHIP,
                    List.of(fixture.otherTownship));
            case "reform_office" -> tokens.issue("matrix-reform", Role.REFORM_OFFICE, List.of());
            case "admin" -> tokens.issue("matrix-admin", Role.ADMIN, List.of());
            default -> throw new IllegalArgumentException("no caller " + caller);
        };
    }
}
