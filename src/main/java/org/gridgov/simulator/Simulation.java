package org.gridgov.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One run: signs in as the city's people, plans the days from the seed, plays them and waits until
 * every case has come to rest (or {@code settle} has passed after the last planned report), then
 * answers what it did.
 */
public final class Simulation {

    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);
    private static final String CLOCK = "/api/v1/admin/clock";

    private final SimulationOptions options;
    private final PrintStream out;

    public Simulation(SimulationOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public Tally run() throws InterruptedException {
        long started = System.nanoTime();
        CityProfile city = CityProfile.named(options.city());
        PlatformApi api = new PlatformApi(options.url(), options.threads());
        if (!api.get("/health", null).ok()) {
            throw new IllegalStateException("the platform at " + options.url() + " is not healthy (GET /health)");
        }
        List<Category> categories = Category.reference();
        Session worker = api.login(city.worker(), city.password());
        Session township = api.login(city.township(), city.password());
        // one administrator's session for both: adding dispatchers and, with --history, setting the clock
        Session admin = options.adminPassword() == null ? null : api.login("admin", options.adminPassword());
        Map<String, Session> dispatchers = dispatchers(api, city, categories, admin);

        List<GridShape> townshipGrids = grids(api, township, city.townshipCode());
        List<GridShape> workerGrids = townshipGrids.stream().filter(g -> city.workerGrids().contains(g.code())).toList();
        if (workerGrids.isEmpty()) {
            throw new IllegalStateException("the worker's grids " + city.workerGrids() + " are not on the platform: is it running with demo data?");
        }
        CityPlan plan = CityPlan.draw(options.seed(), options.days(), options.perDay(), categories, workerGrids, townshipGrids);
        out.printf("gridgov simulate: %s township %s, %d day(s) at %s, seed %d: %d events, %d reports planned; "
                        + "departments with a dispatcher: %s%n", city.name(), city.townshipCode(), options.days(), options.rate(),
                options.seed(), plan.incidents().size(), plan.reports(), new TreeSet<>(dispatchers.keySet()));

        Tally tally = new Tally();
        PlatformTime time = options.history() ? setClockBack(api, admin) : PlatformTime.wall();
        // Ctrl-C during a history run puts the platform clock back too
        Thread putClockBack = new Thread(() -> putClockBack(api, admin), "put-the-platform-clock-back");
        if (options.history()) {
            Runtime.getRuntime().addShutdownHook(putClockBack);
        }
        try {
            play(plan, new CityDriver(api, city, options.rate(), options.threads(), options.seed(), tally, worker, township,
                    dispatchers, time), tally, time);
        } finally {
            if (options.history()) {
                Runtime.getRuntime().removeShutdownHook(putClockBack);
                putClockBack(api, admin);
            }
        }
        out.print(tally.summary(Duration.ofNanos(System.nanoTime() - started)));
        return tally;
    }

    private void putClockBack(PlatformApi api, Session admin) {
        String failed;
        try {
            PlatformApi.Answer reset = api.delete(CLOCK, admin);
            if (reset.ok()) {
                out.println("the platform clock is the wall clock again");
                return;
            }
            failed = "HTTP " + reset.status();
        } catch (RuntimeException e) {
            failed = e.getMessage();
        }
        out.println("could not put the platform clock back (" + failed + "): it returns to the wall clock by itself "
                + "once it catches up, or DELETE " + CLOCK + " as the administrator");
    }

    /**
     * Sets the platform clock back to the morning of the first simulated day, {@code --days} days ago,
     * running at {@code --rate}: the driver's simulated time and the platform's then run together.
     */
    private PlatformTime setClockBack(PlatformApi api, Session admin) {
        LocalDate firstDay = LocalDate.now(CityPlan.ZONE).minusDays(options.days());
        Instant from = firstDay.atTime(CityPlan.DAY_STARTS).atZone(CityPlan.ZONE).toInstant();
        PlatformApi.Answer set = api.put(CLOCK, admin, Map.of("at", from.toString(), "speed", options.rate().factor()));
        long answeredNanos = System.nanoTime();
        if (!set.ok()) {
            throw new IllegalStateException("cannot set the platform clock back to " + from + ": HTTP " + set.status() + " "
                    + set.body().path("detail").asText(set.body().toString())
                    + (set.status() == 409 ? " (--history needs the demo platform, ./gridgov run)" : ""));
        }
        out.printf("the platform clock runs from %s at %s until the simulation ends%n", firstDay, options.rate());
        return PlatformTime.setBack(Instant.parse(set.body().path("now").asText()), answeredNanos, options.rate().factor());
    }

    private void play(CityPlan plan, CityDriver driver, Tally tally, PlatformTime time) throws InterruptedException {
        driver.start(plan);
        Duration lastReport = plan.incidents().isEmpty() ? Duration.ZERO : plan.incidents().get(plan.incidents().size() - 1).at();
        long deadline = System.nanoTime() + options.rate().real(lastReport).plus(options.settle()).toNanos();
        long nextProgress = System.nanoTime() + PROGRESS_EVERY.toNanos();
        try {
            while (driver.open() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(100);
                if (System.nanoTime() > nextProgress) {
                    nextProgress += PROGRESS_EVERY.toNanos();
                    String when = options.rate().max() ? "at full speed"
                            : time.setBack() ? "platform " + time.now().atZone(CityPlan.ZONE).toLocalDateTime().withNano(0)
                            : clock(driver.simulatedNow());
                    out.printf("  [%s] reports %d, cases %d, closed %d, still moving %d, errors %d%n", when,
                            tally.reports(), tally.get(Tally.Count.CASES), tally.get(Tally.Count.CLOSED), driver.open(), tally.errors());
                }
            }
        } finally {
            driver.stop();
        }
        tally.stillMoving(driver.open());
        if (driver.open() > 0) {
            out.printf("%d events were still moving when --settle ran out%n", driver.open());
            driver.stillMoving().stream().limit(20).forEach(line -> out.println("  " + line));
        }
    }

    /** The demo dispatcher, and with the administrator's password one account per further department. */
    private Map<String, Session> dispatchers(PlatformApi api, CityProfile city, List<Category> categories, Session admin) {
        Map<String, Session> dispatchers = new LinkedHashMap<>();
        dispatchers.put(city.dispatcherDepartment(), api.login(city.dispatcher(), city.password()));
        if (admin == null) {
            return dispatchers;
        }
        for (String department : new TreeSet<>(categories.stream().map(Category::department).toList())) {
            if (dispatchers.containsKey(department)) {
                continue;
            }
            String username = "sim-dispatcher-" + department.toLowerCase();
            api.post("/api/v1/users", admin, Map.of("username", username, "password", city.password(), "role", "DISPATCHER",
                    "scope", List.of(department), "displayName", department + " 调度员（模拟）"));
            try {
                dispatchers.put(department, api.login(username, city.password()));
            } catch (IllegalStateException e) {
                out.println("no dispatcher for " + department + ": " + e.getMessage());
            }
        }
        return dispatchers;
    }

    private static List<GridShape> grids(PlatformApi api, Session who, String township) {
        PlatformApi.Answer answer = api.get("/api/v1/grids?township=" + township, who);
        if (!answer.ok()) {
            throw new IllegalStateException("the grids of township " + township + ": HTTP " + answer.status());
        }
        List<GridShape> grids = new ArrayList<>();
        for (JsonNode feature : answer.body().path("features")) {
            String code = feature.path("properties").path("code").asText(feature.path("id").asText());
            JsonNode geometry = feature.path("geometry");
            JsonNode polygons = "Polygon".equals(geometry.path("type").asText())
                    ? JsonNodeFactory.instance.arrayNode().add(geometry.path("coordinates"))
                    : geometry.path("coordinates");
            List<double[][]> rings = new ArrayList<>();
            for (JsonNode polygon : polygons) {
                for (JsonNode ring : polygon) {
                    double[][] vertices = new double[ring.size()][];
                    for (int i = 0; i < ring.size(); i++) {
                        vertices[i] = new double[] {ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble()};
                    }
                    rings.add(vertices);
                }
            }
            grids.add(new GridShape(code, rings));
        }
        if (grids.isEmpty()) {
            throw new IllegalStateException("township " + township + " has no grids on the platform: is it running with demo data?");
        }
        return grids;
    }

    private static String clock(Duration simulated) {
        Duration sinceMorning = simulated.plusHours(CityPlan.DAY_STARTS.getHour());
        return String.format("sim day %d %02d:%02d", sinceMorning.toDays() + 1, sinceMorning.toHoursPart(), sinceMorning.toMinutesPart());
    }
}
