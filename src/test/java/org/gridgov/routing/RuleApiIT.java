package org.gridgov.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.gridgov.platform.security.Role;
import org.gridgov.routing.Messages.Place;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.Test;

/** /api/v1/routing/rules: who may edit which rules, and what is refused. */
@MicronautTest(transactional = false)
class RuleApiIT {

    @Inject @Client("/") HttpClient http;
    @Inject TestTokens tokens;

    private String admin() {
        return tokens.issue("admin", Role.ADMIN, List.of());
    }

    private static Map<String, Object> rule(String category, String level, String code, String kind, String target) {
        return Map.of("category", category, "area", code == null ? Map.of("level", level) : Map.of("level", level,
                "code", code), "target", Map.of("kind", kind, "code", target));
    }

    private HttpResponse<Map> send(MutableHttpRequest<?> request, String token) {
        return http.toBlocking().exchange(request.bearerAuth(token), Map.class);
    }

    private HttpClientResponseException refused(MutableHttpRequest<?> request, String token) {
        try {
            send(request, token);
        } catch (HttpClientResponseException e) {
            return e;
        }
        throw new AssertionError("the request was accepted");
    }

    @Test
    void anAdministratorCreatesChangesAndDeletesARule() {
        Place place = RegisteredPlaces.register(http, admin());
        HttpResponse<Map> created = send(HttpRequest.POST("/api/v1/routing/rules",
                rule("06", "township", place.township(), "township_unit", place.township() + "-SFS")), admin());
        assertThat(created.status().getCode()).isEqualTo(HttpStatus.CREATED.getCode());
        String id = created.body().get("id").toString();

        Map<?, ?> changed = send(HttpRequest.PUT("/api/v1/routing/rules/" + id,
                rule("06", "township", place.township(), "township_unit", place.township() + "-ZZZX")), admin()).body();
        assertThat(((Map<?, ?>) changed.get("target")).get("code")).isEqualTo(place.township() + "-ZZZX");

        List<Map> inCategory = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/routing/rules?category=06")
                .bearerAuth(admin()), Argument.listOf(Map.class));
        assertThat(inCategory).anySatisfy(r -> assertThat(r.get("id")).isEqualTo(id));

        assertThat(send(HttpRequest.DELETE("/api/v1/routing/rules/" + id), admin()).status().getCode())
                .isEqualTo(HttpStatus.NO_CONTENT.getCode());
        assertThat(refused(HttpRequest.GET("/api/v1/routing/rules/" + id), admin()).getStatus().getCode())
                .isEqualTo(HttpStatus.NOT_FOUND.getCode());
    }

    @Test
    void aRuleThatWouldTieWithAnotherIsRefused() {
        Place place = RegisteredPlaces.register(http, admin());
        send(HttpRequest.POST("/api/v1/routing/rules",
                rule("0501", "community", place.community(), "township_unit", place.township() + "-CGZD")), admin());
        HttpClientResponseException tie = refused(HttpRequest.POST("/api/v1/routing/rules",
                rule("0501", "community", place.community(), "city_department", "GAJ")), admin());
        assertThat(tie.getStatus().getCode()).isEqualTo(HttpStatus.CONFLICT.getCode());
        assertThat(tie.getResponse().getContentType().orElseThrow().toString()).contains("problem+json");
    }

    @Test
    void aCityWideRuleForASeededCategoryTiesWithTheSeed() {
        assertThat(refused(HttpRequest.POST("/api/v1/routing/rules",
                rule("0101", "city", null, "city_department", "ZJJ")), admin()).getStatus().getCode())
                .isEqualTo(HttpStatus.CONFLICT.getCode());
    }

    @Test
    void aTownshipOperatorEditsRulesOnlyInsideItsOwnTownship() {
        Place own = RegisteredPlaces.register(http, admin());
        Place other = RegisteredPlaces.register(http, admin());
        String township = tokens.issue("township", Role.TOWNSHIP, List.of(own.township()));
        assertThat(send(HttpRequest.POST("/api/v1/routing/rules",
                rule("0801", "community", own.community(), "city_department", "HBJ")), township).status().getCode())
                .isEqualTo(HttpStatus.CREATED.getCode());
        assertThat(refused(HttpRequest.POST("/api/v1/routing/rules",
                rule("0801", "community", other.community(), "city_department", "HBJ")), township).getStatus().getCode())
                .isEqualTo(HttpStatus.FORBIDDEN.getCode());
        assertThat(refused(HttpRequest.POST("/api/v1/routing/rules",
                rule("0801", "city", null, "city_department", "HBJ")), township).getStatus().getCode())
                .isEqualTo(HttpStatus.FORBIDDEN.getCode());
    }

    @Test
    void otherRolesMayNotTouchRules() {
        String worker = tokens.issue("worker", Role.WORKER, List.of("370303102001001"));
        assertThat(refused(HttpRequest.GET("/api/v1/routing/rules"), worker).getStatus().getCode())
                .isEqualTo(HttpStatus.FORBIDDEN.getCode());
        assertThatThrownBy(() -> http.toBlocking().exchange(HttpRequest.GET("/api/v1/routing/rules")))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode()));
    }

    @Test
    void badRulesAreRefusedNamingTheField() {
        Place place = RegisteredPlaces.register(http, admin());
        HttpClientResponseException badCategory = refused(HttpRequest.POST("/api/v1/routing/rules",
                rule("5", "township", place.township(), "city_department", "CGJ")), admin());
        assertThat(badCategory.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(badCategory.getResponse().getBody(String.class).orElse("")).contains("category");

        HttpClientResponseException unknownCategory = refused(HttpRequest.POST("/api/v1/routing/rules",
                rule("9999", "township", place.township(), "city_department", "CGJ")), admin());
        assertThat(unknownCategory.getStatus().getCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());

        HttpClientResponseException unknownDepartment = refused(HttpRequest.POST("/api/v1/routing/rules",
                rule("0101", "township", place.township(), "city_department", "NOPE")), admin());
        assertThat(unknownDepartment.getStatus().getCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(unknownDepartment.getResponse().getBody(String.class).orElse("")).contains("target.code");

        HttpClientResponseException wrongCodeLength = refused(HttpRequest.POST("/api/v1/routing/rules",
                rule("0101", "township", place.community(), "city_department", "CGJ")), admin());
        assertThat(wrongCodeLength.getStatus().getCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(wrongCodeLength.getResponse().getBody(String.class).orElse("")).contains("area.code");

        HttpClientResponseException foreignUnit = refused(HttpRequest.POST("/api/v1/routing/rules",
                rule("0101", "township", place.township(), "township_unit", "370303999-CGZD")), admin());
        assertThat(foreignUnit.getStatus().getCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());

        HttpClientResponseException unreadable = refused(HttpRequest.POST("/api/v1/routing/rules", "{ nope"),
                admin());
        assertThat(unreadable.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
    }

    @Test
    void aRuleForAnAreaThatDoesNotExistIsRefusedNamingTheArea() {
        Place place = RegisteredPlaces.register(http, admin());
        String missingTownship = place.township().substring(0, 6) + "999";

        HttpClientResponseException noTownship = refused(HttpRequest.POST("/api/v1/routing/rules",
                rule("0101", "township", missingTownship, "city_department", "CGJ")), admin());
        assertThat(noTownship.getStatus().getCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(noTownship.getResponse().getBody(String.class).orElse(""))
                .contains("\"field\":\"area.code\"").contains(missingTownship);

        HttpClientResponseException noCommunity = refused(HttpRequest.POST("/api/v1/routing/rules",
                rule("0101", "community", place.township() + "998", "city_department", "CGJ")), admin());
        assertThat(noCommunity.getStatus().getCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());

        HttpClientResponseException noGrid = refused(HttpRequest.POST("/api/v1/routing/rules",
                rule("0101", "grid", place.grid(), "city_department", "CGJ")), admin());
        assertThat(noGrid.getStatus().getCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());

        String id = send(HttpRequest.POST("/api/v1/routing/rules",
                rule("0102", "township", place.township(), "city_department", "CGJ")), admin()).body().get("id").toString();
        HttpClientResponseException movedNowhere = refused(HttpRequest.PUT("/api/v1/routing/rules/" + id,
                rule("0102", "township", missingTownship, "city_department", "CGJ")), admin());
        assertThat(movedNowhere.getStatus().getCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
    }
}
