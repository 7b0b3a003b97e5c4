package org.gridgov.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.gridgov.routing.Messages.Place;
import org.gridgov.routing.domain.DuplicateWindow;
import org.gridgov.routing.persistence.CaseFileRepository;
import org.gridgov.routing.persistence.CaseFileRow;
import org.junit.jupiter.api.Test;

/** The ST_DWithin duplicate search on real PostGIS agrees with the domain's window edges. */
@MicronautTest(transactional = false)
class DuplicateSearchIT {

    private static final DuplicateWindow WINDOW = DuplicateWindow.DEFAULT;

    @Inject CaseFileRepository cases;

    private final Instant seen = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private CaseFileRow openCase(String category, Place place, boolean open) {
        CaseFileRow row = new CaseFileRow(UUID.randomUUID(), category, UUID.randomUUID(), "worker", "worker", "x",
                place.grid(), place.community(), place.township(), place.township().substring(0, 6), place.lat(),
                place.lon(), "normal", "CITY_DEPARTMENT", "CGJ", false, 4, "working_hour", seen, false, seen, seen, 1,
                open, 0L);
        return cases.save(row);
    }

    private Optional<CaseFileRow> search(String category, Place at, Instant observed) {
        return cases.findOpenDuplicate(category, at.lat(), at.lon(), WINDOW.radiusMeters(), WINDOW.earliest(observed),
                WINDOW.latest(observed));
    }

    @Test
    void aReportFortyNineMetresAwayFindsTheCaseAndFiftyOneDoesNot() {
        Place place = Place.somewhereNew();
        CaseFileRow open = openCase("0105", place, true);
        assertThat(search("0105", place.north(49), seen)).map(CaseFileRow::caseId).contains(open.caseId());
        assertThat(search("0105", place.north(51), seen)).isEmpty();
    }

    @Test
    void theTimeWindowIsInclusiveOnBothSides() {
        Place place = Place.somewhereNew();
        CaseFileRow open = openCase("0106", place, true);
        assertThat(search("0106", place, seen.plus(Duration.ofHours(72)))).map(CaseFileRow::caseId)
                .contains(open.caseId());
        assertThat(search("0106", place, seen.minus(Duration.ofHours(72)))).map(CaseFileRow::caseId)
                .contains(open.caseId());
        assertThat(search("0106", place, seen.plus(Duration.ofHours(72)).plusSeconds(1))).isEmpty();
    }

    @Test
    void closedCasesAndOtherCategoriesAreNotDuplicates() {
        Place place = Place.somewhereNew();
        openCase("0202", place, false);
        assertThat(search("0202", place, seen)).isEmpty();
        openCase("0203", place, true);
        assertThat(search("0202", place, seen)).isEmpty();
    }

    @Test
    void theNearestOpenCaseWins() {
        Place place = Place.somewhereNew();
        openCase("0503", place.north(40), true);
        CaseFileRow nearer = openCase("0503", place.north(10), true);
        assertThat(search("0503", place, seen)).map(CaseFileRow::caseId).contains(nearer.caseId());
    }
}
