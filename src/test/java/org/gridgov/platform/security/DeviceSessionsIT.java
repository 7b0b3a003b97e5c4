package org.gridgov.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridgov.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * A phone logs in once and keeps its device session with a rotating refresh token; logout, a
 * replayed refresh token, disabling the account, a new password or a new scope end or renew it.
 */
@MicronautTest(transactional = false)
class DeviceSessionsIT {

    private static final String PASSWORD = "patrol-2026-pass";

    @Inject @Client("/") HttpClient http;
    @Inject TestDatabase database;

    record Answer(int status, Map<String, Object> body, HttpResponse<?> response) {
    }

    @Test
    void loginAnswersAShortAccessTokenAndARefreshTokenForTheDevice() {
        String user = newUser("ADMIN", List.of());

        Answer login = post("/login", Map.of("username", user, "password", PASSWORD, "device", "华为 Mate 60"), null);

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body()).containsEntry("token_type", "Bearer").containsEntry("username", user)
                .containsEntry("expires_in", 900).containsEntry("roles", List.of("ADMIN"))
                .containsKeys("access_token", "refresh_token");
        assertThat(login.response().getHeaders().get("Cache-Control")).isEqualTo("no-store");
        assertThat(statusWith(accessOf(login))).isEqualTo(200);
        List<Map> sessions = adminGet("/api/v1/users/" + user + "/sessions");
        assertThat(sessions).singleElement().satisfies(s -> {
            assertThat(s).containsEntry("device", "华为 Mate 60").containsEntry("active", true);
            assertThat(s.get("id")).isEqualTo(claims(accessOf(login)).get("sid"));
        });
        assertThat(database.one("SELECT count(*) FROM platform.refresh_tokens WHERE token_hash = ?",
                rs -> rs.getInt(1), refreshOf(login))).as("only a hash is stored").contains(0);
    }

    @Test
    void aRefreshGivesANewPairAndSpendsTheOldRefreshToken() {
        String user = newUser("ADMIN", List.of());
        Answer login = login(user);

        Answer refreshed = refresh(refreshOf(login));

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshOf(refreshed)).isNotEqualTo(refreshOf(login));
        assertThat(claims(accessOf(refreshed)).get("sid")).isEqualTo(claims(accessOf(login)).get("sid"));
        assertThat(statusWith(accessOf(refreshed))).isEqualTo(200);
        assertThat(refresh(refreshOf(refreshed)).status()).as("the new one is good once").isEqualTo(200);
    }

    @Test
    void theRefreshEndpointTakesAFormAsWellAsJson() {
        String user = newUser("ADMIN", List.of());
        Answer login = login(user);

        HttpResponse<Map> form = http.toBlocking().exchange(HttpRequest.POST("/oauth/access_token",
                        "grant_type=refresh_token&refresh_token=" + refreshOf(login))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), Map.class);

        assertThat(form.status().getCode()).isEqualTo(200);
        assertThat(form.body()).containsKeys("access_token", "refresh_token");
    }

    @Test
    void aSpentRefreshTokenPresentedAgainEndsTheWholeSession() {
        String user = newUser("ADMIN", List.of());
        Answer login = login(user);
        Answer legitimate = refresh(refreshOf(login));

        Answer replay = refresh(refreshOf(login));

        assertThat(replay.status()).isEqualTo(400);
        assertThat(replay.body()).containsEntry("error", "invalid_grant");
        assertThat(replay.response().getContentType().map(Object::toString)).contains("application/problem+json");
        assertThat(refresh(refreshOf(legitimate)).status()).as("the thief's or the owner's newer token dies too")
                .isEqualTo(400);
        assertThat(statusWith(accessOf(legitimate))).isEqualTo(401);
        assertThat(adminGet("/api/v1/users/" + user + "/sessions")).singleElement()
                .satisfies(s -> assertThat(s).containsEntry("active", false)
                        .containsEntry("revokedReason", "refresh token reused"));
    }

    @Test
    void badRefreshRequestsGetTheOauthErrorCodes() {
        assertThat(refresh("not-a-token-we-issued").body()).containsEntry("error", "invalid_grant")
                .containsEntry("status", 400);
        Answer wrongGrant = post("/oauth/access_token", Map.of("grant_type", "password", "refresh_token", "x"), null);
        assertThat(wrongGrant.status()).isEqualTo(400);
        assertThat(wrongGrant.body()).containsEntry("error", "unsupported_grant_type");
        Answer missing = post("/oauth/access_token", Map.of("grant_type", "refresh_token"), null);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).containsEntry("error", "invalid_request");
        assertThat(missing.body().get("errors").toString()).contains("refresh_token");
    }

    @Test
    void logoutEndsTheSessionItsAccessTokenAndItsRefreshToken() {
        String user = newUser("ADMIN", List.of());
        Answer login = login(user);
        Answer otherDevice = login(user);

        assertThat(post("/logout", null, accessOf(login)).status()).isEqualTo(204);

        assertThat(statusWith(accessOf(login))).isEqualTo(401);
        assertThat(refresh(refreshOf(login)).status()).isEqualTo(400);
        assertThat(statusWith(accessOf(otherDevice))).as("another device's session stands").isEqualTo(200);
    }

    @Test
    void disablingTheUserEndsEverySessionWithinSeconds() {
        String user = newUser("ADMIN", List.of());
        Answer phone = login(user);
        Answer tablet = login(user);
        assertThat(statusWith(accessOf(phone))).isEqualTo(200);

        patchUser(user, Map.of("enabled", false));

        await().atMost(Duration.ofSeconds(6)).until(() -> statusWith(accessOf(phone)) == 401);
        assertThat(statusWith(accessOf(tablet))).isEqualTo(401);
        assertThat(refresh(refreshOf(tablet)).status()).isEqualTo(400);
    }

    @Test
    void aNewPasswordEndsEverySession() {
        String user = newUser("ADMIN", List.of());
        Answer phone = login(user);
        assertThat(statusWith(accessOf(phone))).isEqualTo(200);

        patchUser(user, Map.of("password", "another-long-pass-1"));

        await().atMost(Duration.ofSeconds(6)).until(() -> statusWith(accessOf(phone)) == 401);
        assertThat(refresh(refreshOf(phone)).status()).isEqualTo(400);
    }

    @Test
    void aNewScopeStopsOldAccessTokensAndTheNextRefreshCarriesIt() {
        String user = newUser("TOWNSHIP", List.of("370303102"));
        Answer phone = login(user);
        assertThat(statusWith(accessOf(phone), "/api/v1/cases")).isEqualTo(200);

        patchUser(user, Map.of("scope", List.of("370303104"))); // 傅家镇, a township of the shipped divisions

        await().atMost(Duration.ofSeconds(6)).until(() -> statusWith(accessOf(phone), "/api/v1/cases") == 401);
        Answer refreshed = refresh(refreshOf(phone));
        assertThat(refreshed.status()).as("no new login needed").isEqualTo(200);
        assertThat(claims(accessOf(refreshed)).get("scope")).isEqualTo(List.of("370303104"));
        assertThat(statusWith(accessOf(refreshed), "/api/v1/cases")).isEqualTo(200);
    }

    @Test
    void aRevocationWrittenByAnotherInstanceIsHonouredWithinSeconds() {
        String user = newUser("ADMIN", List.of());
        Answer phone = login(user);
        assertThat(statusWith(accessOf(phone))).isEqualTo(200);

        database.update("UPDATE platform.device_sessions SET revoked_at = now(), revoked_reason = 'elsewhere' "
                + "WHERE id = ?::uuid", claims(accessOf(phone)).get("sid"));

        await().atMost(Duration.ofSeconds(8)).until(() -> statusWith(accessOf(phone)) == 401);
    }

    @Test
    void anAdminRevokesOneDeviceSessionOfAUser() {
        String user = newUser("ADMIN", List.of());
        Answer phone = login(user);
        Answer tablet = login(user);
        String phoneSession = (String) claims(accessOf(phone)).get("sid");

        HttpResponse<?> deleted = http.toBlocking().exchange(
                HttpRequest.DELETE("/api/v1/users/" + user + "/sessions/" + phoneSession).bearerAuth(admin()));

        assertThat(deleted.status().getCode()).isEqualTo(204);
        assertThat(statusWith(accessOf(phone))).isEqualTo(401);
        assertThat(refresh(refreshOf(phone)).status()).isEqualTo(400);
        assertThat(statusWith(accessOf(tablet))).isEqualTo(200);
        assertThat(statusOf(HttpRequest.DELETE("/api/v1/users/" + user + "/sessions/" + UUID.randomUUID())
                .bearerAuth(admin()))).isEqualTo(404);
    }

    // ------------------------------------------------------------------ helpers

    private String newUser(String role, List<String> scope) {
        String username = "dev-" + UUID.randomUUID().toString().substring(0, 8);
        http.toBlocking().exchange(HttpRequest.POST("/api/v1/users", Map.of(
                "username", username, "password", PASSWORD, "role", role, "scope", scope)).bearerAuth(admin()));
        return username;
    }

    private void patchUser(String username, Map<String, Object> change) {
        http.toBlocking().exchange(HttpRequest.PATCH("/api/v1/users/" + username, change).bearerAuth(admin()));
    }

    private String admin() {
        return accessOf(post("/login", Map.of("username", "admin", "password", "admin-test-password"), null));
    }

    private List<Map> adminGet(String path) {
        return http.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(admin()), Argument.listOf(Map.class));
    }

    private Answer login(String user) {
        Answer login = post("/login", Map.of("username", user, "password", PASSWORD), null);
        assertThat(login.status()).isEqualTo(200);
        return login;
    }

    private Answer refresh(String refreshToken) {
        return post("/oauth/access_token", Map.of("grant_type", "refresh_token", "refresh_token", refreshToken), null);
    }

    @SuppressWarnings("unchecked")
    private Answer post(String path, Object body, String token) {
        HttpRequest<?> request = HttpRequest.POST(path, body == null ? "" : body);
        if (token != null) {
            ((io.micronaut.http.MutableHttpRequest<?>) request).bearerAuth(token);
        }
        try {
            HttpResponse<Map> response = http.toBlocking().exchange(request, Map.class);
            return new Answer(response.status().getCode(), response.getBody().orElse(Map.of()), response);
        } catch (HttpClientResponseException e) {
            return new Answer(e.getStatus().getCode(), e.getResponse().getBody(Map.class).orElse(Map.of()), e.getResponse());
        }
    }

    private int statusWith(String token) {
        return statusWith(token, "/api/v1/users/admin");
    }

    private int statusWith(String token, String path) {
        return statusOf(HttpRequest.GET(path).bearerAuth(token));
    }

    private int statusOf(HttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request).getStatus().getCode();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    private static String accessOf(Answer answer) {
        return (String) answer.body().get("access_token");
    }

    private static String refreshOf(Answer answer) {
        return (String) answer.body().get("refresh_token");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> claims(String token) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(
                    Base64.getUrlDecoder().decode(token.split("\\.")[1]), Map.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
