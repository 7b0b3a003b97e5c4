package org.gridgov.grid.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.gridgov.platform.security.Role;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A worker record decides the worker account's token scope, so a township writes only the records
 * of its own workers, or of new workers it creates; another township's worker is refused with 403.
 */
@MicronautTest(transactional = false)
class TownshipAssignsOnlyItsOwnWorkersIT {

    private static final String PASSWORD = "Lantern-Orchard-4821";

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
        ours = new TestCity(1);
        theirs = new TestCity(1);
        admin = tokens.issue("admin-" + ours.district, Role.ADMIN, List.of());
        for (TestCity city : List.of(ours, theirs)) {
            http.toBlocking().retrieve(HttpRequest.POST("/api/v1/areas/import", city.divisionsCsv())
                    .contentType(MediaType.TEXT_PLAIN).bearerAuth(admin), Map.class);
            String grid = city.grid(0, 1);
            http.toBlocking().retrieve(HttpRequest.PUT("/api/v1/grids/" + grid, city.square(grid, 0, 0, 0.003))
                    .bearerAuth(admin), Map.class);
        }
        ourTownship = tokens.issue("township-" + ours.township, Role.TOWNSHIP, List.of(ours.township));
    }

    @Test
    void aTownshipCannotTakeOverTheAccountOfAnotherTownshipsWorker() {
        String theirWorker = "their-worker-" + theirs.township;
        createAccount(theirWorker, Role.WORKER, List.of(theirs.grid(0, 1)));

        HttpClientResponseException refused = assign(ourTownship, theirWorker, ours.grid(0, 1));

        assertThat(refused).isNotNull();
        assertThat(refused.getStatus().getCode()).isEqualTo(403);
        assertThat(refused.getResponse().getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        assertThat(scopeOf(theirWorker)).containsExactly(theirs.grid(0, 1));
        assertThat(statusOfRead(theirWorker)).isEqualTo(404);
    }

    @Test
    void aTownshipCannotMakeAnAccountOfAnotherRoleItsWorker() {
        String desk = "desk-" + theirs.township;
        createAccount(desk, Role.DISPATCHER, List.of("CGJ"));

        HttpClientResponseException refused = assign(ourTownship, desk, ours.grid(0, 1));

        assertThat(refused).isNotNull();
        assertThat(refused.getStatus().getCode()).isEqualTo(403);
    }

    @Test
    void aTownshipCreatesNewWorkersAndChangesItsOwn() {
        String newcomer = "newcomer-" + ours.township;
        assertThat(assign(ourTownship, newcomer, ours.grid(0, 1))).isNull();
        String ownWorker = "own-worker-" + ours.township;
        createAccount(ownWorker, Role.WORKER, List.of(ours.grid(0, 1)));
        assertThat(assign(ourTownship, ownWorker, ours.grid(0, 1))).isNull();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(
                () -> assertThat(scopeOf(ownWorker)).containsExactly(ours.grid(0, 1)));
    }

    private void createAccount(String username, Role role, List<String> scope) {
        http.toBlocking().exchange(HttpRequest.POST("/api/v1/users", Map.of("username", username, "password", PASSWORD,
                "role", role.name(), "scope", scope)).bearerAuth(admin));
    }

    /** @return the refusal, or null when the township's write went through */
    private HttpClientResponseException assign(String token, String workerId, String grid) {
        try {
            http.toBlocking().exchange(HttpRequest.PUT("/api/v1/workers/" + workerId,
                    Map.of("name", "李雷", "employment", "full_time", "grids", List.of(grid))).bearerAuth(token));
            return null;
        } catch (HttpClientResponseException e) {
            return e;
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object> scopeOf(String username) {
        return (List<Object>) http.toBlocking().retrieve(HttpRequest.GET("/api/v1/users/" + username).bearerAuth(admin),
                Map.class).get("scope");
    }

    private int statusOfRead(String workerId) {
        try {
            return http.toBlocking().exchange(HttpRequest.GET("/api/v1/workers/" + workerId).bearerAuth(admin))
                    .getStatus().getCode();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }
}
