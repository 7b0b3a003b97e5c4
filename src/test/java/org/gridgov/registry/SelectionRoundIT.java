package org.gridgov.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridgov.platform.security.Role;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class SelectionRoundIT {

    private static final List<String> DISTRICTS = List.of("370302", "370303", "370304", "370305", "370306", "370321", "370322", "370323");

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestTokens tokens;

    @Inject
    CapturedVoterCodes smsGateway;

    private RegistryHttp api;

    @BeforeEach
    void signInAsTheReformOffice() {
        api = new RegistryHttp(http.toBlocking(), tokens.issue("reform", Role.REFORM_OFFICE, List.of()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRoundRunsThroughEveryStageAndItsFinalListHoldsExactlyTen() {
        String code = api.openFreshRound();
        List<UUID> nominations = nominateTwelve(code);

        advance(code, "mutual-evaluation");
        for (int i = 0; i < nominations.size(); i++) {
            String nominator = DISTRICTS.get(i % DISTRICTS.size());
            int evaluators = 0;
            for (String evaluator : DISTRICTS) {
                if (!evaluator.equals(nominator) && evaluators++ < 3) {
                    score(code, nominations.get(i), evaluator, 10 - i / 2);
                }
            }
        }
        advance(code, "public-voting");
        for (int voter = 0; voter < 5; voter++) {
            api.anonymousPost(votePath(code, nominations.get(11)),
                    Map.of("voterCredential", api.voterCredential("1380000000" + voter, smsGateway)));
        }

        Map<String, Object> draft = advance(code, "consultation-1-up");
        List<Map<String, Object>> draftList = (List<Map<String, Object>>) draft.get("list");
        assertThat(draftList).hasSize(10);
        List<String> list = new ArrayList<>(draftList.stream().map(entry -> (String) entry.get("nominationId")).toList());

        consult(code, "省委改革办", "同意", list);
        advance(code, "consultation-1-down");
        String left = list.get(9);
        String outside = nominations.stream().map(UUID::toString).filter(id -> !list.contains(id)).findFirst().orElseThrow();
        list.set(9, outside);
        consult(code, "市直部门", "第十项换为更成熟的举措", list);
        advance(code, "consultation-2-up");
        consult(code, "市委深改委", "同意修改后的名单", list);

        Map<String, Object> finalRound = advance(code, "final");
        List<Map<String, Object>> finalList = (List<Map<String, Object>>) finalRound.get("list");
        assertThat(finalList).hasSize(10);
        assertThat(finalList).extracting(entry -> entry.get("nominationId")).contains(outside).doesNotContain(left);
        for (Map<String, Object> entry : finalList) {
            Map<String, Object> measure = api.get("/api/v1/registry/measures/" + entry.get("measureId"));
            assertThat(measure).containsEntry("status", "selected").containsEntry("originRound", code);
        }

        Map<String, Object> published = advance(code, "published");
        assertThat(published).containsEntry("stage", "published");
        List<Map<String, Object>> consultations = (List<Map<String, Object>>) published.get("consultations");
        assertThat(consultations).extracting(c -> c.get("stage"))
                .containsExactly("consultation-1-up", "consultation-1-down", "consultation-2-up");
        assertThat((List<String>) consultations.get(1).get("listBefore")).contains(left);
        assertThat((List<String>) consultations.get(1).get("listAfter")).contains(outside).doesNotContain(left);
        assertThat((List<Map<String, Object>>) consultations.get(1).get("comments")).first()
                .satisfies(comment -> assertThat(comment).containsEntry("body", "市直部门"));
    }

    @Test
    void aStageCannotBeSkipped() {
        String code = api.openFreshRound();
        Map<String, Object> problem = api.problem(HttpStatus.CONFLICT,
                api.asReformOffice(HttpRequest.POST("/api/v1/registry/rounds/" + code + "/stage", Map.of("stage", "public-voting"))));
        assertThat((String) problem.get("detail")).contains("cannot skip from nominating to public-voting");
        assertThat(api.get("/api/v1/registry/rounds/" + code)).containsEntry("stage", "nominating");
    }

    @Test
    void aStageCannotBeReversed() {
        String code = api.openFreshRound();
        advance(code, "mutual-evaluation");
        Map<String, Object> problem = api.problem(HttpStatus.CONFLICT,
                api.asReformOffice(HttpRequest.POST("/api/v1/registry/rounds/" + code + "/stage", Map.of("stage", "nominating"))));
        assertThat((String) problem.get("detail")).contains("cannot go back");
        assertThat(api.get("/api/v1/registry/rounds/" + code)).containsEntry("stage", "mutual-evaluation");
    }

    @Test
    void aDistrictCannotScoreItsOwnNomination() {
        String code = api.openFreshRound();
        UUID nomination = nominate(code, api.newMeasure("互评", "370305", true, false), "370305");
        advance(code, "mutual-evaluation");
        Map<String, Object> problem = api.problem(HttpStatus.CONFLICT, api.asReformOffice(
                HttpRequest.POST(scorePath(code, nomination), Map.of("evaluator", "370305", "points", points(9)))));
        assertThat((String) problem.get("detail")).contains("cannot score its own nomination");
        score(code, nomination, "370303", 8);
        @SuppressWarnings("unchecked")
        Map<String, Object> ranked = ((List<Map<String, Object>>) api.get("/api/v1/registry/rounds/" + code).get("ranking")).get(0);
        assertThat(ranked).containsEntry("peerScores", 1).containsEntry("peerScore", 80.0);
    }

    @Test
    void aSecondVoteByTheSameVoterIsRefusedAndVotersStaySecret() {
        String code = api.openFreshRound();
        UUID nomination = nominate(code, api.newMeasure("投票", "370302", true, true), "370302");
        advance(code, "mutual-evaluation");
        advance(code, "public-voting");
        String voter = api.voterCredential("13900001111", smsGateway);

        assertThat(api.anonymousPost(votePath(code, nomination), Map.of("voterCredential", voter)).getStatus().getCode()).isEqualTo(201);
        Map<String, Object> problem = api.problem(HttpStatus.CONFLICT, HttpRequest.POST(votePath(code, nomination), Map.of("voterCredential", voter)));
        assertThat((String) problem.get("detail")).contains("already voted");

        Map<String, Object> totals = api.get("/api/v1/registry/rounds/" + code + "/votes");
        assertThat(totals.get("votes")).isEqualTo(Map.of(nomination.toString(), 1));
        assertThat(totals.toString()).doesNotContain(voter).doesNotContain("13900001111");
    }

    @Test
    void simultaneousVotesOfOneVoterCountOnceAndStayWithinThePickLimit() throws Exception {
        String code = api.openFreshRound();
        List<UUID> nominations = nominateTwelve(code);
        advance(code, "mutual-evaluation");
        advance(code, "public-voting");
        String voter = api.voterCredential("13700002222", smsGateway);
        // 12 nominations, each clicked twice at once, by one voter whose limit is 10 picks
        List<java.util.concurrent.Callable<Integer>> clicks = new ArrayList<>();
        for (UUID nomination : nominations) {
            for (int copy = 0; copy < 2; copy++) {
                clicks.add(() -> {
                    try {
                        return api.anonymousPost(votePath(code, nomination), Map.of("voterCredential", voter)).getStatus().getCode();
                    } catch (io.micronaut.http.client.exceptions.HttpClientResponseException refused) {
                        return refused.getStatus().getCode();
                    }
                });
            }
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (var answer : pool.invokeAll(clicks)) {
                statuses.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses.stream().filter(status -> status == 201)).hasSize(10);
        @SuppressWarnings("unchecked")
        Map<String, Object> votes = (Map<String, Object>) api.get("/api/v1/registry/rounds/" + code + "/votes").get("votes");
        assertThat(votes.values()).allMatch(count -> count.equals(1)).hasSize(10);
    }

    @Test
    void aVoteWithoutAVoterCredentialIsABadRequestNamingTheField() {
        String code = api.openFreshRound();
        UUID nomination = nominate(code, api.newMeasure("投票", "370302", true, true), "370302");
        Map<String, Object> problem = api.problem(HttpStatus.BAD_REQUEST,
                HttpRequest.POST(votePath(code, nomination), Map.of("voterHash", "13900001111")));
        assertThat(problem.toString()).contains("voterCredential");
    }

    @Test
    void onlyTheReformOfficeOpensRounds() {
        String worker = tokens.issue("worker", Role.WORKER, List.of("370303102001001"));
        api.problem(HttpStatus.FORBIDDEN, HttpRequest.POST("/api/v1/registry/rounds", Map.of("code", RegistryHttp.freshRound())).bearerAuth(worker));
        api.problem(HttpStatus.UNAUTHORIZED, HttpRequest.POST("/api/v1/registry/rounds", Map.of("code", RegistryHttp.freshRound())));
    }

    private List<UUID> nominateTwelve(String code) {
        List<UUID> nominations = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String district = DISTRICTS.get(i % DISTRICTS.size());
            nominations.add(nominate(code, api.newMeasure("候选举措" + i, district, i % 2 == 0, i % 3 == 0), district));
        }
        return nominations;
    }

    private UUID nominate(String code, UUID measure, String district) {
        Map<String, Object> nomination = api.post("/api/v1/registry/rounds/" + code + "/nominations", Map.of(
                "measureId", measure, "nominator", district, "nominatorKind", "district", "evidence", "已在3个镇街运行一年"));
        return UUID.fromString((String) nomination.get("id"));
    }

    private Map<String, Object> advance(String code, String stage) {
        return api.post("/api/v1/registry/rounds/" + code + "/stage", Map.of("stage", stage));
    }

    private void score(String code, UUID nomination, String evaluator, int points) {
        api.post(scorePath(code, nomination), Map.of("evaluator", evaluator, "points", points(points)));
    }

    private void consult(String code, String body, String comment, List<String> list) {
        api.post("/api/v1/registry/rounds/" + code + "/consultations",
                Map.of("comments", List.of(Map.of("body", body, "comment", comment)), "list", list));
    }

    private static Map<String, Object> points(int points) {
        Map<String, Object> map = new HashMap<>();
        for (String criterion : List.of("innovation", "voluntariness", "benefit", "importance", "economy", "transferability")) {
            map.put(criterion, points);
        }
        return map;
    }

    private static String scorePath(String code, UUID nomination) {
        return "/api/v1/registry/rounds/" + code + "/nominations/" + nomination + "/scores";
    }

    private static String votePath(String code, UUID nomination) {
        return "/api/v1/registry/rounds/" + code + "/nominations/" + nomination + "/votes";
    }
}
