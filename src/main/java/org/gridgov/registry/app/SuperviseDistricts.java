package org.gridgov.registry.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gridgov.registry.domain.DistrictStanding;
import org.gridgov.registry.domain.MonthlyRanking;
import org.gridgov.registry.domain.MonthlySupervision;
import org.gridgov.registry.domain.NoticeKind;
import org.gridgov.registry.persistence.SupervisionRow;
import org.gridgov.registry.persistence.SupervisionRows;

/**
 * Monthly supervision (月度督导) of each district's promotion work, and the published ranking. A
 * month's record may be corrected; the ranking is always computed from what is recorded.
 */
@Singleton
public class SuperviseDistricts {

    private final SupervisionRows rows;
    private final MonthlyRanking ranking;
    private final Districts districts;
    private final Clock clock;

    SuperviseDistricts(SupervisionRows rows, MonthlyRanking ranking, Districts districts, Clock clock) {
        this.rows = rows;
        this.ranking = ranking;
        this.districts = districts;
        this.clock = clock;
    }

    /** Records (or corrects) a district's month. */
    @Transactional
    public MonthlySupervision record(MonthlySupervision month) {
        districts.requireDistrict("district", month.district());
        SupervisionRow row = new SupervisionRow(null, month.district(), month.month().toString(), month.ledgerTasks(),
                month.tasksCompleted(), month.notices(NoticeKind.PROMPT), month.notices(NoticeKind.ASSIGNMENT),
                month.notices(NoticeKind.URGING), month.notices(NoticeKind.ORDER), clock.instant());
        rows.findByDistrictAndMonth(month.district(), month.month().toString()).ifPresentOrElse(
                stored -> rows.update(new SupervisionRow(stored.id(), row.district(), row.month(), row.ledgerTasks(),
                        row.tasksCompleted(), row.prompts(), row.assignments(), row.urgings(), row.orders(), row.recordedAt())),
                () -> Refusals.insertOnce(() -> rows.save(row),
                        "the month of " + month.district() + " was recorded at the same time by another request; try again"));
        return month;
    }

    @Transactional
    public List<DistrictStanding> ranking(YearMonth month) {
        return ranking.rank(monthOf(month), monthOf(month.minusMonths(1)));
    }

    private List<MonthlySupervision> monthOf(YearMonth month) {
        return rows.findByMonth(month.toString()).stream().map(SuperviseDistricts::toDomain).toList();
    }

    private static MonthlySupervision toDomain(SupervisionRow row) {
        Map<NoticeKind, Integer> notices = new EnumMap<>(NoticeKind.class);
        notices.put(NoticeKind.PROMPT, row.prompts());
        notices.put(NoticeKind.ASSIGNMENT, row.assignments());
        notices.put(NoticeKind.URGING, row.urgings());
        notices.put(NoticeKind.ORDER, row.orders());
        return new MonthlySupervision(row.district(), YearMonth.parse(row.month()), row.ledgerTasks(), row.tasksCompleted(), notices);
    }
}
