package org.gridgov.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gridgov.dispatch.CaseHttp.Answer;
import org.gridgov.dispatch.RoutingMessages.Place;
import org.gridgov.dispatch.app.HandleRoutingDecision;
import org.gridgov.dispatch.messaging.RoutingDecisionV1;
import org.gridgov.platform.security.Role;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Who may see and do what, versions and refusals over HTTP. Cases are opened through the same
 * handler the routing listener calls (the Kafka path is covered by {@link CaseLifecycleIT}).
 */
@MicronautTest(transactional = false)
// six services' test JVMs share one PostgreSQL: take few connections
@Property(name = "datasources.default.maximum-pool-size", value = "6")
class CaseAccessIT {


    @Inject @Client("/") HttpClient client;
    @Inject TestTokens tokens;
    @Inject HandleRoutingDecision routing;
    @Inject ObjectMapper json;
    @Inject Clock clock;

    private UUID openCase(Place place, String department, String source) throws IOException {
        UUID id = UUID.randomUUID();
        routing.handle(json.readValue(RoutingMessages.caseOpened(id, source, "reporter-1", place, department,
                department.endsWith("-CENTRE"), 5, clock.instant()), RoutingDecisionV1.class));
        return id;
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDispatcherSeesAndActsOnlyOnItsOwnDepartmentsCases() throws IOException {
        Place place = Place.fresh();
        String unit = place.township() + "-CGZD";
        UUID id = openCase(place, unit, "worker");
        CaseHttp http = new CaseHttp(client);
        String own = tokens.issue("cgzd-desk", Role.DISPATCHER, List.of(unit));
        String other = tokens.issue("zjj-desk", Role.DISPATCHER, List.of("ZJJ"));

        assertThat(http.get(own, id).status()).isEqualTo(200);
        assertThat((List<Object>) http.get(own, id).body().get("actions"))
                .as("what a person may do next").contains("accept", "return").doesNotContain("warn", "link-report");
        assertThat(http.get(other, id).status()).isEqualTo(404);
        assertThat(http.act(other, id, "accept", "\"0\"", null).status()).isEqualTo(404);
        Answer inbox = http.get(own, "/api/v1/cases?state=dispatched&page=0&size=50");
        assertThat(inbox.status()).isEqualTo(200);
        assertThat(ids(inbox)).containsExactly(id.toString());
        assertThat(ids(http.get(other, "/api/v1/cases?state=dispatched&size=100"))).doesNotContain(id.toString());
        assertThat(ids(http.get(own, "/api/v1/cases?overdue=true"))).isEmpty();
    }

    @Test
    void aTownshipOperatorSeesOnlyItsTownshipAndAWorkerVerifiesOnlyInItsGrids() throws IOException {
        Place place = Place.fresh();
        Place elsewhere = Place.fresh();
        UUID id = openCase(place, "CGJ", "citizen");
        CaseHttp http = new CaseHttp(client);
        String township = tokens.issue("op", Role.TOWNSHIP, List.of(place.township()));
        String otherTownship = tokens.issue("op2", Role.TOWNSHIP, List.of(elsewhere.township()));

        assertThat(http.get(otherTownship, id).status()).isEqualTo(404);
        assertThat(http.get(township, id).state()).as("a citizen's report waits for registration").isEqualTo("reported");
        assertThat(http.act(otherTownship, id, "register", "\"0\"", null).status()).isEqualTo(404);
        assertThat(http.act(township, id, "register", null).state()).isEqualTo("dispatched");

        String cgj = tokens.issue("cgj", Role.DISPATCHER, List.of("CGJ"));
        http.act(cgj, id, "accept", null);
        http.act(cgj, id, "resolve", Map.of("note", "done"));
        String outsider = tokens.issue("w-out", Role.WORKER, List.of(elsewhere.grid()));
        String insider = tokens.issue("w-in", Role.WORKER, List.of(place.grid()));
        assertThat(http.act(outsider, id, "verify", "\"0\"", Map.of("passed", true, "photos", List.of(photo()))).status())
                .isEqualTo(404);
        assertThat(http.act(insider, id, "verify", Map.of("passed", true, "photos", List.of("not-a-hash"))).status())
                .isEqualTo(400);
        Answer neverUploaded = http.act(insider, id, "verify", Map.of("passed", true, "photos", List.of("b2".repeat(32))));
        assertThat(neverUploaded.status()).isEqualTo(422);
        assertThat(neverUploaded.body().toString()).contains("photos");
        assertThat(http.act(insider, id, "verify", Map.of("passed", true, "photos", List.of(photo()))).state())
                .isEqualTo("verified");
    }

    @Test
    void anIllegalTransitionIsA409NamingStateAndAction() throws IOException {
        UUID id = openCase(Place.fresh(), "CGJ", "worker");
        CaseHttp http = new CaseHttp(client);
        String cgj = tokens.issue("cgj", Role.DISPATCHER, List.of("CGJ"));

        Answer refused = http.act(cgj, id, "resolve", Map.of("note", "too early"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat((String) refused.body().get("detail")).contains("resolve").contains("dispatched");
        assertThat(http.act(cgj, id, "close", null).status()).as("closing is the township's").isEqualTo(409);
    }

    @Test
    void actionsNeedTheCurrentVersionAndAReasonWhereTheRulesSaySo() throws IOException {
        UUID id = openCase(Place.fresh(), "CGJ", "worker");
        CaseHttp http = new CaseHttp(client);
        String cgj = tokens.issue("cgj", Role.DISPATCHER, List.of("CGJ"));
        String etag = http.get(cgj, id).etag();

        assertThat(http.act(cgj, id, "accept", null, null).status()).isEqualTo(428);
        assertThat(http.act(cgj, id, "accept", "\"999\"", null).status()).isEqualTo(412);
        Answer noReason = http.act(cgj, id, "return", etag, Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().toString()).contains("reason");
        Answer accepted = http.act(cgj, id, "accept", etag, null);
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.etag()).isNotEqualTo(etag);
        assertThat(http.act(cgj, id, "assign", etag, Map.of("handler", "x")).status()).as("stale").isEqualTo(412);
        assertThat(http.act(cgj, id, "request-extension", Map.of("workingDays", 11, "reason", "long")).status())
                .isEqualTo(400);
    }

    @Test
    void twoConcurrentResolvesOnOneVersionHaveExactlyOneWinner() throws Exception {
        UUID id = openCase(Place.fresh(), "CGJ", "worker");
        CaseHttp http = new CaseHttp(client);
        String cgj = tokens.issue("cgj", Role.DISPATCHER, List.of("CGJ"));
        String etag = http.act(cgj, id, "accept", null).etag();

        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> resolve = () -> {
            start.await();
            return http.act(cgj, id, "resolve", etag, Map.of("note", "done")).status();
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = pool.submit(resolve);
            Future<Integer> b = pool.submit(resolve);
            start.countDown();
            assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(200, 412);
        } finally {
            pool.shutdown();
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> timeline = (List<Map<String, Object>>) http.get(cgj, id).body().get("timeline");
        assertThat(timeline).filteredOn(e -> "resolve".equals(e.get("action"))).hasSize(1);
    }

    @Test
    void anArbitrationCaseWaitsForTheTownshipCentreToAssignADepartment() throws IOException {
        Place place = Place.fresh();
        UUID id = openCase(place, place.township() + "-CENTRE", "worker");
        CaseHttp http = new CaseHttp(client);
        String township = tokens.issue("op", Role.TOWNSHIP, List.of(place.township()));

        Answer waiting = http.get(township, id);
        assertThat(waiting.state()).isEqualTo("reported");
        assertThat(waiting.body().get("awaitingArbitration")).isEqualTo(true);
        assertThat(http.act(township, id, "assign-department", Map.of("department", "lower-case")).status()).isEqualTo(400);
        Answer assigned = http.act(township, id, "assign-department", Map.of("department", place.township() + "-PCS"));

        assertThat(assigned.state()).isEqualTo("dispatched");
        String police = tokens.issue("pcs", Role.DISPATCHER, List.of(place.township() + "-PCS"));
        assertThat(http.get(police, id).status()).isEqualTo(200);
    }

    @Test
    void theReporterRatesAClosedCaseAndDissatisfactionReopensItOnce() throws IOException {
        Place place = Place.fresh();
        UUID id = openCase(place, "CGJ", "worker"); // reported by "reporter-1"
        CaseHttp http = new CaseHttp(client);
        String township = tokens.issue("op", Role.TOWNSHIP, List.of(place.township()));
        String cgj = tokens.issue("cgj", Role.DISPATCHER, List.of("CGJ"));
        String reporter = tokens.issue("reporter-1", Role.WORKER, List.of(place.grid()));
        String stranger = tokens.issue("someone", Role.WORKER, List.of(place.grid()));
        http.act(cgj, id, "accept", null);
        http.act(cgj, id, "resolve", null);
        http.act(township, id, "verify", Map.of("passed", true, "photos", List.of(photo())));
        assertThat(http.act(township, id, "close", null).state()).isEqualTo("closed");

        assertThat(http.act(stranger, id, "rate", Map.of("rating", "satisfied")).status()).isEqualTo(403);
        assertThat(http.act(reporter, id, "rate", Map.of("rating", "meh")).status()).isEqualTo(400);
        Answer reopened = http.act(reporter, id, "rate", Map.of("rating", "dissatisfied", "note", "still there"));

        assertThat(reopened.state()).isEqualTo("dispatched");
        assertThat(reopened.body().get("department")).isEqualTo("CGJ");
    }

    @Test
    void anAccountNamedLikeAnOpen311ClientNeitherSeesNorRatesThatClientsCitizenReports() throws IOException {
        Place place = Place.fresh();
        String client311 = "citizen-app-" + UUID.randomUUID().toString().substring(0, 6);
        UUID id = UUID.randomUUID();
        routing.handle(json.readValue(RoutingMessages.caseOpened(id, "citizen", client311, place, "CGJ", false, 5,
                clock.instant()), RoutingDecisionV1.class));
        CaseHttp http = new CaseHttp(client);
        String township = tokens.issue("op", Role.TOWNSHIP, List.of(place.township()));
        String cgj = tokens.issue("cgj", Role.DISPATCHER, List.of("CGJ"));
        http.act(township, id, "register", null);
        http.act(cgj, id, "accept", null);
        http.act(cgj, id, "resolve", null);
        http.act(township, id, "verify", Map.of("passed", true, "photos", List.of(photo())));
        assertThat(http.act(township, id, "close", null).state()).isEqualTo("closed");
        // a worker account whose username equals the Open311 client's registered name, in another grid
        String namesake = tokens.issue(client311, Role.WORKER, List.of(Place.fresh().grid()));

        assertThat(http.get(namesake, id).status()).as("the citizen's case is not the namesake's").isEqualTo(404);
        assertThat(http.act(namesake, id, "rate", Map.of("rating", "dissatisfied")).status()).isEqualTo(404);
        assertThat(http.get(township, id).state()).isEqualTo("closed");
    }

    @Test
    void badInputIsA4xxProblemNeverAServerError() throws IOException {
        UUID id = openCase(Place.fresh(), "CGJ", "worker");
        CaseHttp http = new CaseHttp(client);
        String cgj = tokens.issue("cgj", Role.DISPATCHER, List.of("CGJ"));

        assertThat(http.get(cgj, "/api/v1/cases?state=bogus").status()).isEqualTo(400);
        assertThat(http.get(cgj, "/api/v1/cases?size=1000").status()).isEqualTo(400);
        assertThat(http.get(cgj, "/api/v1/cases?overdue=maybe").status()).isEqualTo(400);
        assertThat(http.get(cgj, "/api/v1/cases/not-a-uuid").status()).isEqualTo(400);
        assertThat(http.get(cgj, "/api/v1/cases/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(http.act(cgj, id, "accept", "\"abc\"", null).status()).isEqualTo(400);
        assertThat(http.act(cgj, id, "return", http.get(cgj, id).etag(), Map.of()).status()).isEqualTo(400);
        assertThat(http.act(cgj, id, "request-extension", Map.of("workingDays", "three", "reason", "x")).status())
                .isEqualTo(400);
        assertThat(http.get(cgj, id).state()).as("nothing half-written").isEqualTo("dispatched");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCaseOpenedTwiceIsOneCase() throws IOException {
        Place place = Place.fresh();
        UUID id = UUID.randomUUID();
        String opened = RoutingMessages.caseOpened(id, "worker", "w", place, "CGJ", false, 5, clock.instant());
        routing.handle(json.readValue(opened, RoutingDecisionV1.class));
        routing.handle(json.readValue(opened.replaceFirst("\"eventId\":\"[^\"]+\"",
                "\"eventId\":\"" + UUID.randomUUID() + "\""), RoutingDecisionV1.class));

        String township = tokens.issue("op", Role.TOWNSHIP, List.of(place.township()));
        List<Map<String, Object>> timeline = (List<Map<String, Object>>) new CaseHttp(client).get(township, id).body().get("timeline");
        assertThat(timeline).extracting(e -> e.get("action")).containsExactly("open", "register", "dispatch");
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(Answer page) {
        return ((List<Map<String, Object>>) page.body().get("items")).stream().map(c -> (String) c.get("id")).toList();
    }

    private String uploadedPhoto;

    /** A picture really uploaded as evidence: a case action may only cite photos intake has. */
    private String photo() {
        if (uploadedPhoto == null) {
            uploadedPhoto = org.gridgov.support.EvidencePhotoUploads.upload(client,
                    tokens.issue("evidence-camera", Role.WORKER, List.of()));
        }
        return uploadedPhoto;
    }
}
