package org.gridgov.simulator;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The simulated days of one township, drawn from a seed: how many events each day, when (the daily
 * curves), what (the category mix), where (the workers' own grids, anywhere in the township for
 * citizens, and a few hotspots where the same troubles come back), which are seen again by
 * passers-by, and each one's {@link Fate}. The same seed, days and grids give the same plan, and
 * the first days of a longer plan are the days of a shorter one. Only the spots depend on the grids'
 * shapes; the rest of the story depends on the seed alone.
 *
 * <p>A simulated day runs from 06:00 to 06:00, so that a run starts with the morning.
 */
public final class CityPlan {

    /** A place where the same troubles keep coming back: a market, a school gate, a building site. */
    record Hotspot(String name, Point centre, List<String> categories) {
    }

    static final LocalTime DAY_STARTS = LocalTime.of(6, 0);
    /** The city's days run on China Standard Time. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final double WORKER_SHARE = 0.65;
    static final double AT_HOTSPOT = 0.30;
    static final double SEEN_AGAIN = 0.15;
    /** photos are optional: most workers take one, some are in a hurry */
    static final double WORKER_PHOTO = 0.6;
    private static final String[] PLACES = {"小区门口", "路口东侧", "农贸市场旁", "学校门前", "公交站附近", "沿街商铺前",
        "居民楼下", "村委会西侧", "小广场", "桥头"};

    private final List<Incident> incidents;
    private final List<Hotspot> hotspots;

    private CityPlan(List<Incident> incidents, List<Hotspot> hotspots) {
        this.incidents = incidents;
        this.hotspots = hotspots;
    }

    public List<Incident> incidents() {
        return incidents;
    }

    List<Hotspot> hotspots() {
        return hotspots;
    }

    public int reports() {
        return incidents.stream().mapToInt(incident -> 1 + incident.sightings().size()).sum();
    }

    public static CityPlan draw(long seed, int days, int perDay, List<Category> categories,
                                List<GridShape> workerGrids, List<GridShape> townshipGrids) {
        Random random = new Random(seed);
        // places come from a stream of their own, so that the story (who, when, what, what happens next)
        // does not depend on the shapes of the grids, only the spots do
        Random places = new Random(~seed);
        Random photos = new Random(seed * 0x9E3779B97F4A7C15L);
        CategoryMix workerMix = CategoryMix.of(Reporter.WORKER, categories);
        CategoryMix citizenMix = CategoryMix.of(Reporter.CITIZEN, categories);
        List<Hotspot> hotspots = List.of(
                new Hotspot("农贸市场", workerGrids.get(0).draw(places), List.of("0501", "0102")),
                new Hotspot("小学门口", workerGrids.get(1 % workerGrids.size()).draw(places), List.of("0502", "0703")),
                new Hotspot("建筑工地", workerGrids.get(0).draw(places), List.of("0301", "0103")));
        List<Incident> planned = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            int count = (int) Math.round(perDay * (0.9 + random.nextDouble() * 0.2));
            List<Incident> today = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Reporter reporter = random.nextDouble() < WORKER_SHARE ? Reporter.WORKER : Reporter.CITIZEN;
                LocalTime time = DailyCurve.of(reporter).draw(random);
                long sinceMorning = Duration.between(DAY_STARTS, time).toSeconds();
                Duration at = Duration.ofDays(day).plusSeconds(Math.floorMod(sinceMorning, 86_400));
                Category category = (reporter == Reporter.WORKER ? workerMix : citizenMix).draw(random);
                Point point;
                boolean atHotspot = random.nextDouble() < AT_HOTSPOT;
                if (atHotspot) {
                    Hotspot hotspot = hotspots.get(random.nextInt(hotspots.size()));
                    String code = hotspot.categories().get(random.nextInt(hotspot.categories().size()));
                    category = categories.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
                    point = near(places, hotspot.centre(), 120, townshipGrids);
                } else {
                    List<GridShape> grids = reporter == Reporter.WORKER ? workerGrids : townshipGrids;
                    point = grids.get(random.nextInt(grids.size())).draw(places);
                }
                List<Duration> sightings = new ArrayList<>();
                if (random.nextDouble() < SEEN_AGAIN) {
                    Duration after = Duration.ZERO;
                    for (int n = 1 + random.nextInt(3); n > 0; n--) {
                        after = after.plusMinutes(2 + random.nextInt(19));
                        sightings.add(after);
                    }
                }
                String description = category.name() + "，" + PLACES[random.nextInt(PLACES.length)];
                Fate fate = Fate.draw(random, reporter, category);
                boolean photo = reporter == Reporter.WORKER && photos.nextDouble() < WORKER_PHOTO;
                today.add(new Incident(0, day, at, reporter, category, point, description, atHotspot, photo, sightings, fate));
            }
            today.sort(Comparator.comparing(Incident::at));
            for (Incident incident : today) {
                planned.add(new Incident(planned.size() + 1, incident.day(), incident.at(), incident.reporter(),
                        incident.category(), incident.point(), incident.description(), incident.atHotspot(), incident.photo(),
                        List.copyOf(incident.sightings()), incident.fate()));
            }
        }
        return new CityPlan(List.copyOf(planned), hotspots);
    }

    /** A point within {@code metres} of the centre that still lies in one of the township's grids. */
    private static Point near(Random random, Point centre, double metres, List<GridShape> grids) {
        for (int attempt = 0; attempt < 50; attempt++) {
            Point point = centre.jittered(random, metres);
            if (grids.stream().anyMatch(grid -> grid.contains(point))) {
                return point;
            }
        }
        return centre;
    }
}
