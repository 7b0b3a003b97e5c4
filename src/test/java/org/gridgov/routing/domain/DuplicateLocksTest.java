package org.gridgov.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gridgov.routing.domain.DuplicateLocks.Lock;
import org.junit.jupiter.api.Test;

class DuplicateLocksTest {

    private static final double RADIUS = 50;

    @Test
    void twoReportsThatCouldBeDuplicatesShareALockEvenAcrossACellBorder() {
        // 36.79999 and 36.80003 lie on either side of the 0.01° border, about 4.5 m apart
        AcceptedReport south = report("0102", 36.79999, 118.05);
        AcceptedReport north = report("0102", 36.80003, 118.05);

        assertThat(exclusiveCells(south)).containsAnyElementsOf(exclusiveCells(north));
        assertThat(cellOf(north)).isNotEqualTo(cellOf(south));
    }

    @Test
    void reportsJustWithinTheRadiusShareALockWhereverTheyFallInTheirCells() {
        double metresPerDegreeLongitude = 111_320 * Math.cos(Math.toRadians(36.8));
        for (double west = 118.0; west < 118.02; west += 0.0007) {
            AcceptedReport one = report("0102", 36.8049, west);
            AcceptedReport other = report("0102", 36.8049, west + 49.5 / metresPerDegreeLongitude);
            assertThat(exclusiveCells(one)).as("at %s", west).containsAnyElementsOf(exclusiveCells(other));
        }
    }

    @Test
    void reportsFarApartOrOfAnotherCategoryShareNoExclusiveLock() {
        AcceptedReport here = report("0102", 36.80, 118.05);
        AcceptedReport twoKilometresAway = report("0102", 36.818, 118.05);
        AcceptedReport otherCategory = report("0201", 36.80, 118.05);

        assertThat(exclusiveCells(here)).doesNotContainAnyElementsOf(exclusiveCells(twoKilometresAway));
        assertThat(exclusiveCells(here)).doesNotContainAnyElementsOf(exclusiveCells(otherCategory));
        assertThat(DuplicateLocks.forReports(List.of(here), category -> RADIUS)).contains(
                new Lock("routing:category:0102", false));
    }

    @Test
    void aReportWithoutALocationLocksNothing() {
        AcceptedReport noPoint = new AcceptedReport(UUID.randomUUID(), "0102", "citizen", "张三", "路灯不亮", null, null,
                null, null);

        assertThat(DuplicateLocks.forReports(List.of(noPoint), category -> RADIUS)).isEmpty();
    }

    @Test
    void whereTheCellsWouldBeTooManyTheWholeCategoryIsLockedExclusively() {
        AcceptedReport nearThePole = report("0102", 89.5, 10.0);
        AcceptedReport wideRadius = report("0301", 36.80, 118.05);

        List<Lock> locks = DuplicateLocks.forReports(List.of(nearThePole, wideRadius),
                category -> category.equals("0301") ? 5_000 : RADIUS);

        assertThat(locks).containsExactly(new Lock("routing:category:0102", true), new Lock("routing:category:0301", true));
    }

    @Test
    void aBatchTakesItsCategoryLocksFirstThenItsCellsEachInSortedOrderAndOnce() {
        List<AcceptedReport> batch = List.of(report("0201", 36.80, 118.05), report("0102", 36.80, 118.05),
                report("0102", 36.80001, 118.05));

        List<Lock> locks = DuplicateLocks.forReports(batch, category -> RADIUS);

        List<String> keys = locks.stream().map(Lock::key).toList();
        assertThat(keys).doesNotHaveDuplicates();
        assertThat(keys.subList(0, 2)).containsExactly("routing:category:0102", "routing:category:0201");
        List<String> cells = keys.subList(2, keys.size());
        assertThat(cells).isSorted().allSatisfy(key -> assertThat(key).startsWith("routing:duplicates:"));
        assertThat(locks.subList(2, locks.size())).allSatisfy(lock -> assertThat(lock.exclusive()).isTrue());
    }

    private static AcceptedReport report(String category, double lat, double lon) {
        return new AcceptedReport(UUID.randomUUID(), category, "worker", "w-1", "垃圾", new AcceptedReport.Point(lat, lon),
                null, null, null);
    }

    private static List<String> exclusiveCells(AcceptedReport report) {
        return DuplicateLocks.forReports(List.of(report), category -> RADIUS).stream().filter(Lock::exclusive)
                .map(Lock::key).collect(Collectors.toCollection(ArrayList::new));
    }

    private static String cellOf(AcceptedReport report) {
        return Math.floor(report.location().lat() / DuplicateLocks.CELL_DEGREES) + ":"
                + Math.floor(report.location().lon() / DuplicateLocks.CELL_DEGREES);
    }
}
