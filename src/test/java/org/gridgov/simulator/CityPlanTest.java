package org.gridgov.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CityPlanTest {

    private static final List<Category> CATEGORIES = Category.reference();
    private static final List<GridShape> WORKER_GRIDS = List.of(
            GridShapeTest.squareWithHole("370303102001001", 36.790, 118.000),
            GridShapeTest.squareWithHole("370303102001002", 36.790, 118.003));
    private static final List<GridShape> TOWNSHIP_GRIDS = List.of(WORKER_GRIDS.get(0), WORKER_GRIDS.get(1),
            GridShapeTest.squareWithHole("370303102002001", 36.793, 118.000));

    private static CityPlan plan(long seed, int days, int perDay) {
        return CityPlan.draw(seed, days, perDay, CATEGORIES, WORKER_GRIDS, TOWNSHIP_GRIDS);
    }

    @Test
    void theSameSeedPlansTheSameDays() {
        assertThat(plan(42, 3, 50).incidents()).isEqualTo(plan(42, 3, 50).incidents());
        assertThat(plan(43, 3, 50).incidents()).isNotEqualTo(plan(42, 3, 50).incidents());
    }

    @Test
    void onlyTheSpotsDependOnTheGridsShapesNotTheStory() {
        List<GridShape> elsewhere = List.of(GridShapeTest.squareWithHole("370303102001001", 36.5, 118.2),
                GridShapeTest.squareWithHole("370303102001002", 36.6, 118.3));
        List<Incident> here = plan(11, 2, 60).incidents();
        List<GridShape> township = List.of(elsewhere.get(0), elsewhere.get(1), GridShapeTest.squareWithHole("370303102002001", 36.7, 118.4));
        List<Incident> there = CityPlan.draw(11, 2, 60, CATEGORIES, elsewhere, township).incidents();
        assertThat(there).extracting(Incident::at, Incident::reporter, Incident::category, Incident::sightings, Incident::fate)
                .isEqualTo(here.stream().map(i -> org.assertj.core.groups.Tuple.tuple(i.at(), i.reporter(), i.category(),
                        i.sightings(), i.fate())).toList());
        assertThat(there).extracting(Incident::point).doesNotContainAnyElementsOf(here.stream().map(Incident::point).toList());
    }

    @Test
    void aLongerRunBeginsWithTheDaysOfAShorterOne() {
        List<Incident> oneDay = plan(9, 1, 40).incidents();
        assertThat(plan(9, 5, 40).incidents().subList(0, oneDay.size())).isEqualTo(oneDay);
    }

    @Test
    void eventsComeInOrderWithinTheirDayWhichStartsInTheMorning() {
        CityPlan plan = plan(1, 3, 100);
        assertThat(plan.incidents()).extracting(Incident::number).isSorted().doesNotHaveDuplicates();
        assertThat(plan.incidents()).extracting(Incident::at).isSorted();
        for (Incident incident : plan.incidents()) {
            Duration dayStart = Duration.ofDays(incident.day());
            assertThat(incident.at()).isBetween(dayStart, dayStart.plusDays(1));
        }
        assertThat(plan.incidents().size()).isBetween(270, 330);
    }

    @Test
    void workersReportInTheirOwnGridsAndEveryoneInsideTheTownship() {
        for (Incident incident : plan(2, 2, 200).incidents()) {
            assertThat(TOWNSHIP_GRIDS).anyMatch(grid -> grid.contains(incident.point()));
            if (incident.reporter() == Reporter.WORKER && !incident.atHotspot()) {
                assertThat(WORKER_GRIDS).anyMatch(grid -> grid.contains(incident.point()));
            }
        }
    }

    @Test
    void hotspotsGatherTheirOwnTroubles() {
        CityPlan plan = plan(4, 10, 100);
        List<Incident> atHotspots = plan.incidents().stream().filter(Incident::atHotspot).toList();
        assertThat(atHotspots.size() / (double) plan.incidents().size()).isCloseTo(CityPlan.AT_HOTSPOT, within(0.05));
        List<String> hotspotCategories = plan.hotspots().stream().flatMap(h -> h.categories().stream()).toList();
        assertThat(atHotspots).allMatch(incident -> hotspotCategories.contains(incident.category().code()));
    }

    @Test
    void someEventsAreSeenAgainWithinMinutes() {
        CityPlan plan = plan(5, 10, 100);
        List<Incident> seenAgain = plan.incidents().stream().filter(i -> !i.sightings().isEmpty()).toList();
        assertThat(seenAgain.size() / (double) plan.incidents().size()).isCloseTo(CityPlan.SEEN_AGAIN, within(0.04));
        for (Incident incident : seenAgain) {
            assertThat(incident.sightings()).isSorted().hasSizeBetween(1, 3);
            assertThat(incident.sightings().get(incident.sightings().size() - 1)).isLessThanOrEqualTo(Duration.ofMinutes(60));
        }
        assertThat(plan.reports()).isEqualTo(plan.incidents().size() + seenAgain.stream().mapToInt(i -> i.sightings().size()).sum());
    }

    @Test
    void mostWorkersTakeAPhotoAndCitizensReportWithoutOne() {
        List<Incident> incidents = plan(8, 10, 100).incidents();
        List<Incident> workers = incidents.stream().filter(i -> i.reporter() == Reporter.WORKER).toList();
        assertThat(workers.stream().filter(Incident::photo).count() / (double) workers.size()).isCloseTo(CityPlan.WORKER_PHOTO, within(0.05));
        assertThat(incidents).filteredOn(i -> i.reporter() == Reporter.CITIZEN).noneMatch(Incident::photo);
    }

    @Test
    void fatesComeInTheirProportionsAndOnlyCitizensReportsAreRejected() {
        List<Incident> incidents = plan(6, 20, 100).incidents();
        double n = incidents.size();
        assertThat(incidents.stream().filter(i -> i.fate().returnedOnce()).count() / n).isCloseTo(Fate.RETURNED, within(0.02));
        assertThat(incidents.stream().filter(i -> i.fate().late()).count() / n).isCloseTo(Fate.LATE, within(0.02));
        assertThat(incidents.stream().filter(i -> i.fate().failsFirstCheck()).count() / n).isCloseTo(Fate.CHECK_FAILS, within(0.02));
        assertThat(incidents).filteredOn(i -> i.fate().rejected()).allMatch(i -> i.reporter() == Reporter.CITIZEN).isNotEmpty();
        for (Incident incident : incidents) {
            Duration limit = Duration.ofMinutes(incident.category().limitMinutes());
            if (incident.fate().late()) {
                assertThat(incident.fate().toResolve()).isGreaterThan(limit);
            } else {
                assertThat(incident.fate().toResolve()).isLessThanOrEqualTo(limit.plusMinutes(5));
            }
        }
    }
}
