package org.gridgov.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridgov.platform.security.Role;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class AnnualEvaluationIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestTokens tokens;

    private RegistryHttp api;

    @BeforeEach
    void setUp() {
        api = new RegistryHttp(http.toBlocking(), tokens.issue("reform", Role.REFORM_OFFICE, List.of()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void expertsScoresAreAggregatedByTrimmedMeanIntoAPublishedRanking() {
        String code = api.openFreshRound(2);
        int year = Integer.parseInt(code.substring(0, 4));
        UUID steady = api.newMeasure("专家评估甲", "370303", true, true);
        UUID contested = api.newMeasure("专家评估乙", "370305", true, false);
        selectInRound(code, steady, contested);

        // steady: 7,7,7,7 → 70; contested: 10,10,3,2 → drop 100 and 20 → 65 (its plain mean, 62.5, would rank it lower still)
        int[] steadyPoints = {7, 7, 7, 7};
        int[] contestedPoints = {10, 10, 3, 2};
        for (int expert = 0; expert < 4; expert++) {
            String name = "expert-" + expert + "-" + UUID.randomUUID().toString().substring(0, 6);
            score(year, name, steady, steadyPoints[expert]);
            score(year, name, contested, contestedPoints[expert]);
        }

        Map<String, Object> evaluation = api.get("/api/v1/registry/evaluations/" + year);
        assertThat((List<Map<String, Object>>) evaluation.get("rubric")).hasSize(6)
                .extracting(c -> c.get("code")).contains("innovation", "transferability");
        List<Map<String, Object>> ranking = (List<Map<String, Object>>) evaluation.get("ranking");
        assertThat(ranking).extracting(r -> r.get("measureId")).containsExactly(steady.toString(), contested.toString());
        assertThat(ranking).extracting(r -> r.get("trimmedMean")).containsExactly(70.0, 65.0);
        assertThat(ranking.get(1)).containsEntry("experts", 4).containsEntry("mean", 62.5);
    }

    @Test
    void anExpertScoresAMeasureOnceAndOnlyInItsYear() {
        String code = api.openFreshRound(1);
        int year = Integer.parseInt(code.substring(0, 4));
        UUID measure = api.newMeasure("专家评估丙", "370302", false, true);
        selectInRound(code, measure);
        score(year, "expert-once", measure, 8);

        Map<String, Object> twice = api.problem(HttpStatus.CONFLICT, api.asReformOffice(HttpRequest.POST(
                "/api/v1/registry/evaluations/" + year + "/scores", body("expert-once", measure, 9))));
        assertThat((String) twice.get("detail")).contains("already scored");
        Map<String, Object> wrongYear = api.problem(HttpStatus.CONFLICT, api.asReformOffice(HttpRequest.POST(
                "/api/v1/registry/evaluations/" + (year - 1) + "/scores", body("expert-other", measure, 9))));
        assertThat((String) wrongYear.get("detail")).contains("selected in " + code);
    }

    /** Runs a round with these nominations, and nothing else, to its final list. */
    private void selectInRound(String code, UUID... measures) {
        for (UUID measure : measures) {
            api.post("/api/v1/registry/rounds/" + code + "/nominations", Map.of(
                    "measureId", measure, "nominator", "tg-reform", "nominatorKind", "task-group", "evidence", "运行良好"));
        }
        for (String stage : List.of("mutual-evaluation", "public-voting", "consultation-1-up", "consultation-1-down",
                "consultation-2-up", "final")) {
            Map<String, Object> round = api.post("/api/v1/registry/rounds/" + code + "/stage", Map.of("stage", stage));
            if (stage.startsWith("consultation")) {
                @SuppressWarnings("unchecked")
                List<String> list = ((List<Map<String, Object>>) round.get("list")).stream().map(e -> (String) e.get("nominationId")).toList();
                api.post("/api/v1/registry/rounds/" + code + "/consultations",
                        Map.of("comments", List.of(Map.of("body", "市委改革办", "comment", "同意")), "list", list));
            }
        }
    }

    private void score(int year, String expert, UUID measure, int points) {
        api.post("/api/v1/registry/evaluations/" + year + "/scores", body(expert, measure, points));
    }

    private static Map<String, Object> body(String expert, UUID measure, int points) {
        Map<String, Object> all = new HashMap<>();
        for (String criterion : List.of("innovation", "voluntariness", "benefit", "importance", "economy", "transferability")) {
            all.put(criterion, points);
        }
        return Map.of("panel", "综合组", "expert", expert, "measureId", measure, "points", all);
    }
}
