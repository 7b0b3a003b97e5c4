package org.gridgov.grid.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.gridgov.grid.app.LocatePoint;
import org.gridgov.grid.domain.CoordinateSystem;
import org.gridgov.grid.domain.GridCode;
import org.gridgov.grid.domain.LatLon;
import org.gridgov.platform.security.Role;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.Test;

/** Two running instances: a grid changed through one is found by locate on the other. */
@MicronautTest(transactional = false)
class SecondInstanceIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestTokens tokens;

    @Inject
    ApplicationContext first;

    @Test
    void aGridChangedThroughTheApiIsFoundOnAnotherInstanceWithinASecond() {
        TestCity city = new TestCity(1);
        String admin = tokens.issue("second-admin", Role.ADMIN, List.of());
        http.toBlocking().retrieve(HttpRequest.POST("/api/v1/areas/import", city.divisionsCsv())
                .contentType(MediaType.TEXT_PLAIN).bearerAuth(admin), Map.class);
        String a = city.grid(0, 1);
        String b = city.grid(0, 2);
        LatLon inA = new LatLon(city.centre.lat() + 0.0015, city.centre.lon() + 0.0015);
        LatLon inB = new LatLon(city.centre.lat() + 0.0015, city.centre.lon() + 0.0115);

        try (ApplicationContext second = ApplicationContext.builder()
                .environments(first.getEnvironment().getActiveNames().toArray(String[]::new))
                .properties(Map.of(
                        "micronaut.server.port", -1,
                        "gridgov.roles.intake", "false",
                        "gridgov.roles.routing", "false",
                        "gridgov.roles.dispatch", "false",
                        "gridgov.roles.dashboard", "false",
                        "gridgov.roles.registry", "false"))
                .start()) {
            LocatePoint elsewhere = second.getBean(LocatePoint.class);

            put(admin, a, city.square(a, 0, 0, 0.003));
            // the second instance subscribes while starting; once it sees a change, it sees them all
            await().atMost(Duration.ofSeconds(60)).until(
                    () -> elsewhere.gridAt(inA, CoordinateSystem.WGS84).map(GridCode::value).orElse("").equals(a));

            put(admin, b, city.square(b, 0.01, 0, 0.003));
            await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(10)).until(
                    () -> elsewhere.gridAt(inB, CoordinateSystem.WGS84).map(GridCode::value).orElse("").equals(b));

            http.toBlocking().exchange(HttpRequest.DELETE("/api/v1/grids/" + a).bearerAuth(admin));
            await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(10)).until(
                    () -> elsewhere.gridAt(inA, CoordinateSystem.WGS84).isEmpty());
            assertThat(elsewhere.gridAt(inB, CoordinateSystem.WGS84)).map(GridCode::value).contains(b);
        }
    }

    private void put(String token, String code, Map<String, Object> feature) {
        http.toBlocking().retrieve(HttpRequest.PUT("/api/v1/grids/" + code, feature).bearerAuth(token), Map.class);
    }
}
