package org.gridgov.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.gridgov.platform.security.Role;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.Test;

/** When the grid service cannot be reached, a report is refused with 503 rather than accepted unplaced. */
@MicronautTest(transactional = false)
@Property(name = "gridgov.intake.grid-url", value = "http://127.0.0.1:9")
@Property(name = "micronaut.http.client.read-timeout", value = "3s")
class GridUnavailableIT {

    @Inject @Client("/") HttpClient client;
    @Inject TestTokens tokens;

    @Test
    void anUnreachableGridServiceGives503AndNoReport() {
        IntakeApi api = new IntakeApi(client);
        String token = tokens.issue("w-unplaced", Role.WORKER, List.of(TestGrids.HOME_TOWNSHIP + "200001"));
        UUID clientId = UUID.randomUUID();

        IntakeApi.Answer answer = api.post("/api/v1/reports", IntakeApi.report(clientId, "0102", 35.0, 120.0), token);

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.response().getContentType().map(Object::toString)).contains("application/problem+json");
        assertThat(api.get("/api/v1/reports?mine=true", token).json().path("reports")).isEmpty();
    }
}
