package org.gridgov.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.gridgov.platform.security.Role;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The "六个一" work method: the six activities, the office's monthly records, and the month beside its ranking. */
@MicronautTest(transactional = false)
class WorkMethodIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestTokens tokens;

    private RegistryHttp api;
    private YearMonth month;

    @BeforeEach
    void setUp() {
        api = new RegistryHttp(http.toBlocking(), tokens.issue("reform", Role.REFORM_OFFICE, List.of()));
        // a past month far from the demo data (records are kept once they happened), unlikely to be shared with another run
        month = YearMonth.of(ThreadLocalRandom.current().nextInt(1950, 2000), ThreadLocalRandom.current().nextInt(1, 13));
    }

    @Test
    void theSixActivitiesAreNamedWithWhatThePlatformKeepsForEach() {
        List<Map<String, Object>> activities = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/registry/work-method"),
                io.micronaut.core.type.Argument.listOf(io.micronaut.core.type.Argument.mapOf(String.class, Object.class)));
        assertThat(activities).extracting(a -> a.get("name")).containsExactly("调度", "督察", "排名", "通报", "宣传", "会诊");
        assertThat(activities).extracting(a -> a.get("code"))
                .containsExactly("scheduling", "inspection", "ranking", "notice", "publicity", "consultation");
        assertThat(activities).filteredOn(a -> "ranking".equals(a.get("code"))).singleElement()
                .satisfies(ranking -> {
                    assertThat(ranking).containsEntry("recordedHere", false);
                    assertThat((String) ranking.get("records")).contains("supervision");
                });
        assertThat(activities).filteredOn(a -> "notice".equals(a.get("code"))).singleElement()
                .satisfies(notice -> assertThat((String) notice.get("records")).contains("提示单", "交办单", "催办单", "责令书"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMonthShowsEachActivitysRecordsAndTheRankingWithItsNotices() {
        String tag = UUID.randomUUID().toString();
        api.put("/api/v1/registry/supervision/" + month + "/370304", Map.of("ledgerTasks", 10, "tasksCompleted", 6, "urgings", 1));
        record(Map.of("activity", "scheduling", "title", "月度调度会 " + tag, "summary", "部署推广任务", "heldOn", month.atDay(3).toString()));
        record(Map.of("activity", "inspection", "district", "370304", "title", "实地督察 " + tag, "heldOn", month.atDay(10).toString()));
        Map<String, Object> notice = record(Map.of("activity", "notice", "noticeKind", "urging", "district", "370304",
                "title", "催办 " + tag, "heldOn", month.atDay(12).toString()));
        record(Map.of("activity", "publicity", "title", "经验推广 " + tag, "heldOn", month.atDay(20).toString()));
        record(Map.of("activity", "consultation", "district", "370304", "title", "会诊 " + tag, "summary", "进度滞后的原因与对策",
                "heldOn", month.atDay(25).toString()));

        assertThat(notice).containsEntry("activityName", "通报").containsEntry("noticeKind", "urging")
                .containsEntry("noticeKindName", "催办单").containsEntry("districtName", "博山区");

        Map<String, Object> view = api.get("/api/v1/registry/work-method/" + month);
        List<Map<String, Object>> activities = (List<Map<String, Object>>) view.get("activities");
        assertThat(activities).extracting(a -> a.get("name")).containsExactly("调度", "督察", "排名", "通报", "宣传", "会诊");
        for (Map<String, Object> activity : activities) {
            List<Map<String, Object>> records = ((List<Map<String, Object>>) activity.getOrDefault("records", List.of())).stream()
                    .filter(r -> ((String) r.get("title")).endsWith(tag)).toList();
            assertThat(records).as(activity.get("code").toString()).hasSize("ranking".equals(activity.get("code")) ? 0 : 1);
        }
        Map<String, Object> boshan = ((List<Map<String, Object>>) view.get("ranking")).stream()
                .filter(entry -> "370304".equals(entry.get("district"))).findFirst().orElseThrow();
        assertThat(boshan).containsEntry("score", 56.0);
        assertThat((Map<String, Object>) boshan.get("noticesCounted")).containsEntry("urging", 1);
        assertThat((Map<String, Integer>) boshan.get("noticesRegistered")).hasEntrySatisfying("urging", n -> assertThat(n).isGreaterThanOrEqualTo(1));
    }

    @Test
    void theRankingIsNotRecordedByHand() {
        Map<String, Object> problem = refused(HttpStatus.CONFLICT, Map.of("activity", "ranking", "title", "排名", "heldOn", month.atDay(1).toString()));
        assertThat(problem.toString()).contains("supervision");
    }

    @Test
    void aNoticeNamesItsKindAndDistrict() {
        assertThat(refused(HttpStatus.UNPROCESSABLE_ENTITY, Map.of("activity", "notice", "district", "370302", "title", "通报",
                "heldOn", month.atDay(1).toString())).toString()).contains("noticeKind");
        assertThat(refused(HttpStatus.UNPROCESSABLE_ENTITY, Map.of("activity", "notice", "noticeKind", "reprimand", "district", "370302",
                "title", "通报", "heldOn", month.atDay(1).toString())).toString()).contains("noticeKind");
        assertThat(refused(HttpStatus.UNPROCESSABLE_ENTITY, Map.of("activity", "notice", "noticeKind", "order", "title", "通报",
                "heldOn", month.atDay(1).toString())).toString()).contains("district");
        assertThat(refused(HttpStatus.UNPROCESSABLE_ENTITY, Map.of("activity", "publicity", "noticeKind", "order", "title", "宣传",
                "heldOn", month.atDay(1).toString())).toString()).contains("noticeKind");
    }

    @Test
    void badFieldsAreRefusedByName() {
        assertThat(refused(HttpStatus.UNPROCESSABLE_ENTITY, Map.of("activity", "party", "title", "x", "heldOn", month.atDay(1).toString())).toString())
                .contains("activity");
        assertThat(refused(HttpStatus.UNPROCESSABLE_ENTITY, Map.of("activity", "publicity", "title", "x",
                "heldOn", month.plusMonths(1).atDay(1).toString())).toString()).contains("heldOn");
        assertThat(refused(HttpStatus.UNPROCESSABLE_ENTITY, Map.of("activity", "inspection", "district", "110101", "title", "x",
                "heldOn", month.atDay(1).toString())).toString()).contains("district");
        assertThat(refused(HttpStatus.UNPROCESSABLE_ENTITY, Map.of("activity", "publicity", "measureId", UUID.randomUUID().toString(),
                "title", "x", "heldOn", month.atDay(1).toString())).toString()).contains("measureId");
        assertThat(refused(HttpStatus.BAD_REQUEST, Map.of("activity", "publicity", "heldOn", month.atDay(1).toString())).toString())
                .contains("title");
        Map<String, Object> future = new HashMap<>(Map.of("activity", "publicity", "title", "x",
                "heldOn", YearMonth.now().plusMonths(2).atDay(1).toString()));
        assertThat(api.problem(HttpStatus.UNPROCESSABLE_ENTITY, api.asReformOffice(HttpRequest.POST(
                "/api/v1/registry/work-method/" + YearMonth.now().plusMonths(2) + "/records", future))).toString()).contains("heldOn");
        assertThat(api.problem(HttpStatus.BAD_REQUEST, HttpRequest.GET("/api/v1/registry/work-method/2018-13"))).isNotNull();
    }

    @Test
    void onlyTheReformOfficeRecords() {
        HttpClientResponseException anonymous = org.assertj.core.api.Assertions.catchThrowableOfType(HttpClientResponseException.class,
                () -> api.anonymousPost("/api/v1/registry/work-method/" + month + "/records",
                        Map.of("activity", "publicity", "title", "x", "heldOn", month.atDay(1).toString())));
        assertThat(anonymous.getStatus().getCode()).isEqualTo(401);
        String dispatcher = tokens.issue("dispatcher", Role.DISPATCHER, List.of("CGJ"));
        HttpClientResponseException forbidden = org.assertj.core.api.Assertions.catchThrowableOfType(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.POST("/api/v1/registry/work-method/" + month + "/records",
                        Map.of("activity", "publicity", "title", "x", "heldOn", month.atDay(1).toString())).bearerAuth(dispatcher)));
        assertThat(forbidden.getStatus().getCode()).isEqualTo(403);
    }

    private Map<String, Object> record(Map<String, Object> body) {
        return api.post("/api/v1/registry/work-method/" + month + "/records", body);
    }

    private Map<String, Object> refused(HttpStatus status, Map<String, Object> body) {
        return api.problem(status, api.asReformOffice(HttpRequest.POST("/api/v1/registry/work-method/" + month + "/records", body)));
    }
}
