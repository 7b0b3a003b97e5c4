package org.gridgov.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.gridgov.platform.security.Role;
import org.gridgov.support.RawHttp;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every JSON body is read strictly, whatever the endpoint: booleans are only true or false, a key
 * given twice, a NUL character in a string and a number beyond a double are refused with a 400
 * that names the field, and no answer names a Java type.
 */
@MicronautTest(transactional = false)
class StrictJsonIT {

    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;

    RawHttp http;
    String admin;

    @BeforeEach
    void setUp() {
        http = new RawHttp(server.getURI());
        admin = tokens.issue("admin", Role.ADMIN);
    }

    @Test
    void theStringYesDoesNotDisableAUser() {
        String user = newUser();

        for (String notABoolean : List.of("\"yes\"", "\"false\"", "0", "1", "[]", "{}")) {
            RawHttp.Answer refused = http.json("PATCH", "/api/v1/users/" + user, admin, "{\"enabled\":" + notABoolean + "}");
            assertThat(refused.status()).as(notABoolean).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.fields()).containsExactly("enabled");
        }
        assertThat(http.json("GET", "/api/v1/users/" + user, admin, null).json().path("enabled").asBoolean()).isTrue();
        assertThat(http.json("PATCH", "/api/v1/users/" + user, admin, "{\"enabled\":false}").json().path("enabled").asBoolean())
                .isFalse();
    }

    @Test
    void aKeyGivenTwiceIsRefusedNamingTheKey() {
        String name = "dup-" + UUID.randomUUID().toString().substring(0, 8);
        RawHttp.Answer refused = http.json("POST", "/api/v1/users", admin, "{\"username\":\"" + name
                + "\",\"password\":\"long-enough-pw\",\"role\":\"ADMIN\",\"role\":\"REFORM_OFFICE\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.fields()).containsExactly("role");
        assertThat(http.json("GET", "/api/v1/users/" + name, admin, null).status()).isEqualTo(404);
    }

    @Test
    void aNulCharacterInAStringIsRefusedNamingTheField() {
        RawHttp.Answer login = http.json("POST", "/login", null, "{\"username\":\"wor\\u0000ker\",\"password\":\"gridgov-demo\"}");
        assertThat(login.status()).isEqualTo(400);
        assertThat(login.fields()).containsExactly("username");

        String name = "nul-" + UUID.randomUUID().toString().substring(0, 8);
        RawHttp.Answer user = http.json("POST", "/api/v1/users", admin, "{\"username\":\"" + name
                + "\",\"password\":\"long-enough-pw\",\"role\":\"REFORM_OFFICE\",\"displayName\":\"a\\u0000b\"}");
        assertThat(user.status()).isEqualTo(400);
        assertThat(user.fields()).containsExactly("displayName");
        assertThat(http.json("GET", "/api/v1/users/" + name, admin, null).status()).isEqualTo(404);
    }

    @Test
    void aNumberBeyondADoubleIsRefusedNamingItsPath() {
        String worker = tokens.issue("strict-worker", Role.WORKER, List.of("370303102001001"));
        RawHttp.Answer refused = http.json("POST", "/api/v1/reports", worker, "{\"clientReportId\":\"" + UUID.randomUUID()
                + "\",\"category\":\"0102\",\"description\":\"x\",\"observedAt\":\"2026-01-01T00:00:00Z\","
                + "\"location\":{\"lat\":1e400,\"lon\":118.0,\"crs\":\"wgs84\"}}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.fields()).containsExactly("location.lat");
    }

    @Test
    void aValueOfTheWrongTypeIsNamedWithoutJavaTypes() {
        for (String body : List.of("{\"username\":[],\"password\":\"long-enough-pw\",\"role\":\"ADMIN\"}",
                "{\"username\":\"someone\",\"password\":\"long-enough-pw\",\"role\":\"EMPEROR\"}",
                "{\"username\":\"someone\",\"password\":\"long-enough-pw\",\"role\":\"ADMIN\",\"scope\":\"x\"}",
                "[1,2]", "\"text\"", "{\"username\": ")) {
            RawHttp.Answer refused = http.json("POST", "/api/v1/users", admin, body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.fields()).as(body).isNotEmpty();
            assertThat(refused.body()).as(body).doesNotContainPattern("org\\.gridgov|java\\.|class |Exception|\\[[A-Z]\\w+ \\w+\\]");
        }
    }

    private String newUser() {
        String name = "strict-" + UUID.randomUUID().toString().substring(0, 8);
        RawHttp.Answer created = http.json("POST", "/api/v1/users", admin,
                "{\"username\":\"" + name + "\",\"password\":\"long-enough-pw\",\"role\":\"REFORM_OFFICE\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return name;
    }
}
