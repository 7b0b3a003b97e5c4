package org.gridgov.grid.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.gridgov.platform.security.Role;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A township draws grids only inside its own outline (the union of its grids), and no grid, whoever
 * draws it, may cover another live grid: otherwise locate would hand one township's reports to another.
 */
@MicronautTest(transactional = false)
class TownshipDrawsOnlyInsideItsOutlineIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestTokens tokens;

    private TestCity ours;
    private TestCity theirs;
    private String admin;
    private String ourTownship;

    @BeforeEach
    void twoTownshipsWithAGridEach() {
        ours = new TestCity(2);
        theirs = new TestCity(1);
        admin = tokens.issue("admin-" + ours.district, Role.ADMIN, List.of());
        for (TestCity city : List.of(ours, theirs)) {
            http.toBlocking().retrieve(HttpRequest.POST("/api/v1/areas/import", city.divisionsCsv())
                    .contentType(MediaType.TEXT_PLAIN).bearerAuth(admin), Map.class);
        }
        ourTownship = tokens.issue("township-" + ours.township, Role.TOWNSHIP, List.of(ours.township));
        put(admin, ours.square(ours.grid(0, 1), 0, 0, 0.004));
        put(admin, theirs.square(theirs.grid(0, 1), 0, 0, 0.004));
    }

    @Test
    void aTownshipRedrawsItsGridInsideItsOwnOutline() {
        Map<String, Object> smaller = ours.square(ours.grid(0, 1), 0.001, 0.001, 0.002);
        Map<?, ?> saved = http.toBlocking().retrieve(HttpRequest.PUT("/api/v1/grids/" + ours.grid(0, 1), smaller)
                .bearerAuth(ourTownship), Map.class);
        assertThat(saved.get("id")).isEqualTo(ours.grid(0, 1));
    }

    @Test
    void aTownshipCannotDrawAGridOverAnotherTownshipsGrid() {
        // our code, their ground: the grid of the other township lies at its own centre
        Map<String, Object> intruder = theirs.square(ours.grid(1, 1), 0.001, 0.001, 0.002);

        HttpClientResponseException refused = refusal(ourTownship, intruder);

        assertThat(refused.getStatus().getCode()).isEqualTo(422);
        assertThat(refused.getResponse().getContentType()).hasValueSatisfying(
                type -> assertThat(type.toString()).isEqualTo("application/problem+json"));
        String body = refused.getResponse().getBody(String.class).orElseThrow();
        assertThat(body).contains("\"field\":\"geometry\"").contains("overlaps grid " + theirs.grid(0, 1));
        assertThat(locatedGrid(theirs, 0.002, 0.002)).isEqualTo(theirs.grid(0, 1));
    }

    @Test
    void aTownshipCannotDrawOutsideItsOutlineEvenWhereNoGridLies() {
        Map<String, Object> beyond = ours.square(ours.grid(1, 1), 0.004, 0, 0.004);

        HttpClientResponseException refused = refusal(ourTownship, beyond);

        assertThat(refused.getStatus().getCode()).isEqualTo(422);
        String body = refused.getResponse().getBody(String.class).orElseThrow();
        assertThat(body).contains("\"field\":\"geometry\"").contains("outside the outline of township " + ours.township);
        assertThat(http.toBlocking().retrieve(HttpRequest.GET("/api/v1/grids?community=" + ours.community(1))
                .bearerAuth(admin), Map.class).get("features")).asList().isEmpty();
    }

    @Test
    void anAdministratorCannotDrawAGridOverAGridOfAnotherCommunityEither() {
        Map<String, Object> overTheirs = theirs.square(ours.grid(1, 2), 0.002, 0.002, 0.004);

        HttpClientResponseException refused = refusal(admin, overTheirs);

        assertThat(refused.getStatus().getCode()).isEqualTo(422);
        assertThat(refused.getResponse().getBody(String.class).orElseThrow())
                .contains("\"field\":\"geometry\"").contains("overlaps grid " + theirs.grid(0, 1));
    }

    private HttpClientResponseException refusal(String token, Map<String, Object> feature) {
        return catchThrowableOfType(() -> put(token, feature), HttpClientResponseException.class);
    }

    private void put(String token, Map<String, Object> feature) {
        http.toBlocking().exchange(HttpRequest.PUT("/api/v1/grids/" + feature.get("id"), feature).bearerAuth(token), Map.class);
    }

    private Object locatedGrid(TestCity city, double dLon, double dLat) {
        Map<?, ?> located = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/locate?lat=" + (city.centre.lat() + dLat)
                + "&lon=" + (city.centre.lon() + dLon)).bearerAuth(admin), Map.class);
        return ((Map<?, ?>) located.get("grid")).get("code");
    }
}
