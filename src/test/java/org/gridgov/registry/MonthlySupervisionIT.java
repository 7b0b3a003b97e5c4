package org.gridgov.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.gridgov.platform.security.Role;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class MonthlySupervisionIT {

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
        // a month far from any real or demo data, so that other runs do not share it
        month = YearMonth.of(ThreadLocalRandom.current().nextInt(3000, 9999), ThreadLocalRandom.current().nextInt(2, 13));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMonthlyRankingOrdersDistrictsByScoreAndExplainsTies() {
        YearMonth previous = month.minusMonths(1);
        record(previous, "370302", Map.of("ledgerTasks", 10, "tasksCompleted", 10));
        record(previous, "370304", Map.of("ledgerTasks", 10, "tasksCompleted", 5));
        record(previous, "370305", Map.of("ledgerTasks", 10, "tasksCompleted", 7));

        // 370304: 10/10 with two 责令书, one 催办单, one 交办单 = 100 − 16 − 4 − 2 = 78
        record(month, "370304", Map.of("ledgerTasks", 10, "tasksCompleted", 10, "orders", 2, "urgings", 1, "assignments", 1));
        // 370302: 8/10 with two 提示单 = 80 − 2 = 78: the same score, lower progress
        record(month, "370302", Map.of("ledgerTasks", 10, "tasksCompleted", 8, "prompts", 2));
        // 370305: 9/10, no notices = 90
        record(month, "370305", Map.of("ledgerTasks", 10, "tasksCompleted", 9));

        Map<String, Object> ranking = api.get("/api/v1/registry/supervision/" + month + "/ranking");
        List<Map<String, Object>> standings = (List<Map<String, Object>>) ranking.get("standings");

        assertThat(standings).extracting(s -> s.get("district")).containsExactly("370305", "370304", "370302");
        assertThat(standings).extracting(s -> s.get("score")).containsExactly(90.0, 78.0, 78.0);
        assertThat(standings).extracting(s -> s.get("rank")).containsExactly(1, 2, 3);
        assertThat(standings).extracting(s -> s.get("movement")).containsExactly(1, 1, -2);
        assertThat(standings.get(0).get("tie")).isNull();
        assertThat(standings.get(1).get("tie")).isEqualTo("tied on score 78.0: ahead of 370302 (progress 100.0% vs 80.0%)");
        assertThat(standings.get(2).get("tie")).isEqualTo("tied on score 78.0: behind 370304 (progress 80.0% vs 100.0%)");
        assertThat(standings.get(1)).containsEntry("districtName", "博山区");
    }

    @Test
    void aMonthCanBeCorrected() {
        record(month, "370321", Map.of("ledgerTasks", 10, "tasksCompleted", 2));
        record(month, "370321", Map.of("ledgerTasks", 10, "tasksCompleted", 6));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> standings = (List<Map<String, Object>>) api.get("/api/v1/registry/supervision/" + month + "/ranking").get("standings");
        assertThat(standings).singleElement().satisfies(s -> assertThat(s).containsEntry("score", 60.0));
    }

    @Test
    void moreTasksDoneThanOnTheLedgerIsRefused() {
        Map<String, Object> problem = api.problem(HttpStatus.UNPROCESSABLE_ENTITY, api.asReformOffice(
                HttpRequest.PUT("/api/v1/registry/supervision/" + month + "/370303", Map.of("ledgerTasks", 3, "tasksCompleted", 4))));
        assertThat(problem.toString()).contains("tasksCompleted");
    }

    @Test
    void anUnknownDistrictIsRefused() {
        Map<String, Object> problem = api.problem(HttpStatus.UNPROCESSABLE_ENTITY, api.asReformOffice(
                HttpRequest.PUT("/api/v1/registry/supervision/" + month + "/110101", Map.of("ledgerTasks", 3, "tasksCompleted", 2))));
        assertThat(problem.toString()).contains("district");
    }

    private void record(YearMonth when, String district, Map<String, Object> body) {
        api.put("/api/v1/registry/supervision/" + when + "/" + district, body);
    }
}
