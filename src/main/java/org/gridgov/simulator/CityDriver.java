package org.gridgov.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.gridgov.simulator.Tally.Count;

/**
 * Plays a {@link CityPlan} against the platform. Each event is reported at its simulated time; from
 * then on the driver follows its case and lets whoever holds it act after the delay its
 * {@link Fate} gives: the township registers (or rejects) a citizen's report and assigns a returned
 * case, the department accepts (or first returns) and resolves, the township checks on site (the
 * first check of some cases fails, which sends them back for rework) and closes, and the reporter
 * rates. What it does next is read from the case as the platform shows it, so reopened cases go
 * round again. Steps the platform takes on its own (routing, a reroute, a citizen's rating arriving
 * over Kafka) are waited for by polling in real time.
 */
public final class CityDriver {

    private static final Duration POLL = Duration.ofMillis(250);
    /** five minutes of looks without progress: under a benchmark's load routing may lag for a while */
    private static final int MOST_POLLS = 1200;
    private static final int MOST_ERRORS = 3;
    private static final int MOST_CONFLICTS = 10;

    private final PlatformApi api;
    private final CityProfile city;
    private final Rate rate;
    private final Tally tally;
    private final Session worker;
    private final Session township;
    private final Map<String, Session> dispatchers;
    private final ScheduledExecutorService pool;
    private final AtomicInteger open = new AtomicInteger();
    private final Set<Play> moving = ConcurrentHashMap.newKeySet();
    private final AtomicInteger printedErrors = new AtomicInteger();
    private final long startNanos = System.nanoTime();
    private final long seed;
    private final PlatformTime time;

    CityDriver(PlatformApi api, CityProfile city, Rate rate, int threads, long seed, Tally tally, Session worker,
               Session township, Map<String, Session> dispatchers, PlatformTime time) {
        this.api = api;
        this.time = time;
        this.city = city;
        this.rate = rate;
        this.seed = seed;
        this.tally = tally;
        this.worker = worker;
        this.township = township;
        this.dispatchers = Map.copyOf(dispatchers);
        this.pool = new ScheduledThreadPoolExecutor(threads);
    }

    /** The events still moving. */
    int open() {
        return open.get();
    }

    /** The events still moving, one line each: which case and the state the simulator last saw it in. */
    List<String> stillMoving() {
        return moving.stream().sorted(java.util.Comparator.comparingInt(p -> p.incident.number()))
                .map(p -> "event " + p.incident.number() + " (" + p.incident.category().code() + "): "
                        + (p.caseId == null ? "its report has no case yet" : "case " + p.caseId + " " + p.state))
                .toList();
    }

    /** How far simulated time has come (for the progress line). */
    Duration simulatedNow() {
        return rate.max() ? Duration.ZERO : Duration.ofNanos((long) ((System.nanoTime() - startNanos) * rate.factor()));
    }

    void start(CityPlan plan) {
        open.addAndGet(plan.incidents().size());
        for (Incident incident : plan.incidents()) {
            Play play = new Play(incident);
            moving.add(play);
            at(play, incident.at(), () -> report(play));
        }
    }

    void stop() {
        pool.shutdownNow();
    }

    /** One event's way through the platform, as far as the simulator has seen it. */
    private final class Play {
        final Incident incident;
        final AtomicInteger sightingsPending;
        final Random random;
        volatile Duration simNow = Duration.ZERO;
        volatile String reportId;
        volatile String citizenToken;
        volatile String caseId;
        volatile String state;
        long version;
        volatile boolean finished;
        boolean registered;
        boolean returned;
        boolean checkFailed;
        boolean rated;
        boolean reopenedByRating;
        int polls;
        int errors;
        int conflicts;

        Play(Incident incident) {
            this.incident = incident;
            this.sightingsPending = new AtomicInteger(incident.sightings().size());
            this.random = new Random(seed * 1_000_003L + incident.number());
        }

        void finish() {
            if (!finished) {
                finished = true;
                moving.remove(this);
                open.decrementAndGet();
            }
        }
    }

    // ------------------------------------------------------------------ time

    private void at(Play play, Duration simAt, Runnable step) {
        play.simNow = simAt;
        long delay = rate.max() ? 0 : Math.max(0, rate.real(simAt).toNanos() - (System.nanoTime() - startNanos));
        pool.schedule(guarded(play, step), delay, TimeUnit.NANOSECONDS);
    }

    /** A step {@code delay} of simulated time after the play's last one (or after now, if later). */
    private void later(Play play, Duration delay, Runnable step) {
        Duration base = rate.max() || play.simNow.compareTo(simulatedNow()) > 0 ? play.simNow : simulatedNow();
        at(play, base.plus(delay), step);
    }

    /** Looks again soon, in real time: the platform has a step of its own to take first. */
    private void poll(Play play, Runnable step) {
        if (++play.polls > MOST_POLLS) {
            giveUp(play, "no progress after " + MOST_POLLS + " looks");
            return;
        }
        pool.schedule(guarded(play, step), POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    private Runnable guarded(Play play, Runnable step) {
        return () -> {
            try {
                step.run();
            } catch (PlatformApi.Unreachable e) {
                giveUp(play, e.getMessage());
            } catch (RuntimeException e) {
                if (++play.errors > MOST_ERRORS) {
                    giveUp(play, e.toString());
                } else {
                    poll(play, () -> follow(play));
                }
            }
        };
    }

    private void giveUp(Play play, String why) {
        if (!play.finished) {
            tally.add(Count.GAVE_UP);
            complain("event " + play.incident.number() + " (" + play.incident.category().code() + "): " + why);
            play.finish();
        }
    }

    private void complain(String message) {
        if (printedErrors.incrementAndGet() <= 20) {
            System.err.println("[simulate] " + message);
        }
    }

    // ------------------------------------------------------------------ reports

    private void report(Play play) {
        Incident incident = play.incident;
        PlatformApi.Answer answer;
        try {
            answer = incident.reporter() == Reporter.WORKER
                    ? workerReport(incident.category(), incident.point(), incident.description())
                    : citizenReport(incident.category(), incident.point(), incident.description());
        } catch (RuntimeException e) {
            answer = new PlatformApi.Answer(0, com.fasterxml.jackson.databind.node.TextNode.valueOf(e.getMessage()), null);
        }
        if (!answer.ok()) {
            tally.add(Count.REPORT_ERRORS);
            complain("report of event " + incident.number() + " refused or failed: HTTP " + answer.status() + " " + answer.body());
            play.sightingsPending.set(0);
            play.finish();
            return;
        }
        tally.reportSent(incident.reporter(), false);
        if (incident.reporter() == Reporter.WORKER) {
            play.reportId = answer.body().path("id").asText();
            if (incident.photo()) {
                PlatformApi.Answer photo = api.upload("/api/v1/reports/" + play.reportId + "/photos", worker, png(play.random));
                if (!photo.ok()) {
                    tally.add(Count.REPORT_ERRORS);
                    complain("photo of event " + incident.number() + " refused: HTTP " + photo.status() + " " + photo.body());
                }
            }
        } else {
            play.reportId = answer.body().path(0).path("service_request_id").asText();
            play.citizenToken = answer.body().path(0).path("token").asText();
        }
        Duration first = play.simNow;
        open.addAndGet(incident.sightings().size()); // the run is not over while a sighting may still go out
        for (int i = 0; i < incident.sightings().size(); i++) {
            int n = i;
            Duration when = first.plus(incident.sightings().get(i));
            pool.schedule(guardedSighting(play, n, when), 0, TimeUnit.MILLISECONDS);
        }
        poll(play, () -> follow(play));
    }

    /** A passer-by reports the same event at the same spot, once its case exists (so routing links it). */
    private Runnable guardedSighting(Play play, int n, Duration when) {
        return () -> {
            if (play.finished) {
                play.sightingsPending.decrementAndGet();
                open.decrementAndGet();
                return;
            }
            if (play.caseId == null) {
                pool.schedule(guardedSighting(play, n, when), POLL.toMillis(), TimeUnit.MILLISECONDS);
                return;
            }
            long delay = rate.max() ? 0 : Math.max(0, rate.real(when).toNanos() - (System.nanoTime() - startNanos));
            pool.schedule(() -> {
                try {
                    Point spot = play.incident.point().jittered(new Random(seed + 31L * play.incident.number() + n), 3);
                    PlatformApi.Answer answer = citizenReport(play.incident.category(), spot, "又看到：" + play.incident.description());
                    if (answer.ok()) {
                        tally.reportSent(Reporter.CITIZEN, true);
                    } else {
                        tally.add(Count.REPORT_ERRORS);
                        complain("sighting of event " + play.incident.number() + " refused: HTTP " + answer.status());
                    }
                } catch (RuntimeException e) {
                    tally.add(Count.REPORT_ERRORS);
                    complain("sighting of event " + play.incident.number() + " failed: " + e.getMessage());
                } finally {
                    play.sightingsPending.decrementAndGet();
                    open.decrementAndGet();
                }
            }, delay, TimeUnit.NANOSECONDS);
        };
    }

    private PlatformApi.Answer workerReport(Category category, Point point, String description) {
        Map<String, Object> location = Map.of("lat", point.lat(), "lon", point.lon(), "accuracy", 8, "crs", "wgs84");
        return api.post("/api/v1/reports", worker, Map.of("clientReportId", UUID.randomUUID().toString(),
                "category", category.code(), "description", description, "location", location,
                "observedAt", time.observedAt().toString()));
    }

    private PlatformApi.Answer citizenReport(Category category, Point point, String description) {
        return api.form("/open311/v2/requests.json", Map.of("api_key", city.open311Key(), "service_code", category.code(),
                "lat", Double.toString(point.lat()), "long", Double.toString(point.lon()), "description", description));
    }

    // ------------------------------------------------------------------ the case

    private void follow(Play play) {
        if (play.finished) {
            return;
        }
        if (play.caseId == null && !findCase(play)) {
            return;
        }
        PlatformApi.Answer view = api.get("/api/v1/cases/" + play.caseId, township);
        if (!view.ok()) {
            throw new IllegalStateException("case " + play.caseId + ": HTTP " + view.status());
        }
        decide(play, view.body());
    }

    /**
     * The report's case, once routing and dispatch have made it; false while it is on its way, and
     * when the report joined a case it did not open (another event's of the same kind close by, or
     * one opened before this run): that case is left to whoever opened it, and not counted.
     */
    private boolean findCase(Play play) {
        JsonNode caseStatus = api.get("/api/v1/reports/" + play.reportId, township).body().path("caseStatus");
        if (!caseStatus.hasNonNull("id")) {
            poll(play, () -> follow(play));
            return false;
        }
        String caseId = caseStatus.get("id").asText();
        JsonNode first = api.get("/api/v1/cases/" + caseId + "/reports?page=0&size=1", township).body().path("items").path(0);
        if (first.isMissingNode()) {
            poll(play, () -> follow(play));
            return false;
        }
        play.caseId = caseId;
        if (!play.reportId.equals(first.path("reportId").asText())) {
            tally.joined(caseId);
            play.finish();
            return false;
        }
        tally.opened(caseId);
        return true;
    }

    private void decide(Play play, JsonNode view) {
        Fate fate = play.incident.fate();
        String state = view.path("state").asText();
        play.state = state;
        play.version = view.path("version").asLong();
        if (!play.registered && !List.of("reported", "checking", "rejected").contains(state)) {
            play.registered = true;
            tally.add(Count.REGISTERED);
        }
        play.polls = 0;
        if (play.rated && !state.equals("closed")) {
            play.reopenedByRating = true; // the rating (不满意) reopened the case: it goes round once more and closes unrated
        }
        if (play.sightingsPending.get() > 0 && List.of("reported", "dispatched").contains(state)) {
            awaitSightings(play); // whoever acts first does so after the passers-by have reported too
            return;
        }
        switch (state) {
            case "reported" -> {
                if (fate.rejected()) {
                    later(play, fate.toRegister(), () -> act(play, "reject", township, Map.of("reason", "经核实不属于受理范围"), Count.REJECTED));
                } else {
                    later(play, fate.toRegister(), () -> act(play, "register", township, Map.of("note", "立案"), null));
                }
            }
            case "registered" -> arbitrate(play, fate);
            case "returned" -> {
                if (view.path("awaitingArbitration").asBoolean()) {
                    arbitrate(play, fate);
                } else {
                    poll(play, () -> follow(play));
                }
            }
            case "dispatched" -> department(play, view.path("department").asText(), session -> {
                if (fate.returnedOnce() && !play.returned) {
                    later(play, fate.toReturn(), () -> act(play, "return", session, Map.of("reason", "非本部门职责，请重新派遣"), Count.RETURNED));
                } else {
                    later(play, fate.toAccept(), () -> act(play, "accept", session, Map.of("note", "已受理"), Count.ACCEPTED));
                }
            });
            case "accepted" -> department(play, view.path("department").asText(), session ->
                    later(play, fate.toResolve(), () -> act(play, "resolve", session, Map.of("note", "已处置完毕"), Count.RESOLVED)));
            case "resolved" -> later(play, fate.toVerify(), () -> verify(play, !(fate.failsFirstCheck() && !play.checkFailed)));
            case "verified" -> later(play, fate.toClose(), () -> act(play, "close", township, Map.of("note", "结案"), Count.CLOSED));
            case "closed" -> {
                if (fate.rating() != null && !play.rated) {
                    later(play, fate.toRate(), () -> rate(play, fate.rating()));
                } else if (awaitsRating(play.rated, play.reopenedByRating, view.path("rating").isTextual())) {
                    poll(play, () -> follow(play)); // a citizen's rating comes over Kafka
                } else {
                    play.finish();
                }
            }
            case "rejected" -> play.finish();
            default -> poll(play, () -> follow(play));
        }
    }

    /**
     * Whether a closed case is still to show the rating the simulator gave: a citizen's comes over
     * Kafka, so it shows a moment later. Not once the rating has reopened the case: the case closes
     * again without a rating (the simulator rates once), and there is nothing more to wait for.
     */
    static boolean awaitsRating(boolean rated, boolean reopenedByRating, boolean ratingShown) {
        return rated && !reopenedByRating && !ratingShown;
    }

    /** Looks again a simulated minute later (at least 250 ms): the passers-by's reports are still to come. */
    private void awaitSightings(Play play) {
        long real = Math.max(POLL.toMillis(), rate.real(Duration.ofMinutes(1)).toMillis());
        pool.schedule(guarded(play, () -> follow(play)), real, TimeUnit.MILLISECONDS);
    }

    private void arbitrate(Play play, Fate fate) {
        String department = play.incident.category().department();
        later(play, fate.toArbitrate(), () -> act(play, "assign-department", township,
                Map.of("department", department), Count.ARBITRATED));
    }

    private void department(Play play, String department, java.util.function.Consumer<Session> then) {
        Session session = dispatchers.get(department);
        if (session == null) {
            tally.noDispatcherFor(department);
            play.finish();
        } else {
            then.accept(session);
        }
    }

    private void verify(Play play, boolean passed) {
        String photo = evidencePhoto(play);
        Map<String, Object> body = new HashMap<>(Map.of("passed", passed, "photos", List.of(photo)));
        body.put("note", passed ? "现场核查已处置到位" : "现场核查未处置到位，请返工");
        act(play, "verify", township, body, passed ? Count.VERIFIED : Count.CHECKS_FAILED);
    }

    private void rate(Play play, Fate.Rating rating) {
        if (play.incident.reporter() == Reporter.WORKER) {
            act(play, "rate", worker, Map.of("rating", rating.wire, "note", "评价"), Count.RATED);
            return;
        }
        PlatformApi.Answer answer = api.form("/open311/v2/requests/" + play.reportId + "/rating.json",
                Map.of("token", play.citizenToken, "rating", rating.wire, "comment", "谢谢"));
        if (answer.ok()) {
            play.rated = true;
            tally.add(Count.RATED);
        } else if (answer.status() == 409) {
            // intake learns of the close over Kafka: until it has, it refuses the rating
            poll(play, () -> rate(play, rating));
            return;
        } else {
            tally.add(Count.ACTION_ERRORS);
            complain("rating of event " + play.incident.number() + " refused: HTTP " + answer.status() + " " + answer.body());
            play.finish();
            return;
        }
        poll(play, () -> follow(play));
    }

    /** One action on the case at its current version; the answer (the case as it now stands) says what comes next. */
    private void act(Play play, String action, Session who, Map<String, Object> body, Count counter) {
        // the version last seen; if the case moved since (a deadline mark, a reroute), 412 and look again
        PlatformApi.Answer answer = api.act(play.caseId, action, who, "\"" + play.version + "\"", body);
        if (answer.ok()) {
            switch (action) {
                case "register" -> play.registered = play.registered || countRegistered();
                case "return" -> play.returned = true;
                case "verify" -> play.checkFailed = play.checkFailed || counter == Count.CHECKS_FAILED;
                case "rate" -> play.rated = true;
                default -> { }
            }
            if (counter != null) {
                tally.add(counter);
            }
            if (action.equals("resolve") && play.incident.fate().late()) {
                tally.add(Count.RESOLVED_LATE_PLANNED);
            }
            decide(play, answer.body());
        } else if ((answer.status() == 412 || answer.status() == 409) && ++play.conflicts <= MOST_CONFLICTS) {
            poll(play, () -> follow(play)); // someone (the deadline scheduler, a reroute) moved the case first
        } else {
            tally.add(Count.ACTION_ERRORS);
            complain(action + " of event " + play.incident.number() + " refused: HTTP " + answer.status() + " " + answer.body());
            if (++play.errors > MOST_ERRORS) {
                giveUp(play, "too many refusals");
            } else {
                poll(play, () -> follow(play));
            }
        }
    }

    private boolean countRegistered() {
        tally.add(Count.REGISTERED);
        return true;
    }

    /** A small PNG taken on site, uploaded as evidence; answers its SHA-256 id. */
    private String evidencePhoto(Play play) {
        PlatformApi.Answer answer = api.upload("/api/v1/photos", township, png(play.random));
        if (!answer.ok()) {
            throw new IllegalStateException("photo upload: HTTP " + answer.status());
        }
        return answer.body().path("sha256").asText();
    }

    /** A small picture of its own (one pixel drawn from the event's random), as a phone would send it. */
    private static byte[] png(Random random) {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        image.setRGB(random.nextInt(16), random.nextInt(16), random.nextInt());
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
