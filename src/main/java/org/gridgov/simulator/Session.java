package org.gridgov.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;

/**
 * One signed-in user of the simulation. Access tokens live 15 minutes; a long run turns the refresh
 * token in when two thirds of that have passed, and signs in again if the session has ended.
 */
public final class Session {

    private static final Duration RENEW_AFTER = Duration.ofMinutes(10);

    private final PlatformApi api;
    private final String username;
    private final String password;
    private String accessToken;
    private String refreshToken;
    private Instant obtainedAt;

    Session(PlatformApi api, String username, String password, JsonNode tokens) {
        this.api = api;
        this.username = username;
        this.password = password;
        take(tokens);
    }

    public String username() {
        return username;
    }

    synchronized String accessToken() {
        if (Instant.now().isAfter(obtainedAt.plus(RENEW_AFTER))) {
            PlatformApi.Answer renewed = api.refresh(refreshToken);
            take(renewed.ok() ? renewed.body() : api.login(username, password).tokens());
        }
        return accessToken;
    }

    private JsonNode tokens() {
        return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                .put("access_token", accessToken).put("refresh_token", refreshToken);
    }

    private void take(JsonNode tokens) {
        this.accessToken = tokens.path("access_token").asText();
        this.refreshToken = tokens.path("refresh_token").asText();
        this.obtainedAt = Instant.now();
    }
}
