package org.gridgov.registry.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.gridgov.platform.calendar.WorkingCalendar;
import org.gridgov.platform.refusal.Refusal;
import org.gridgov.registry.domain.DistrictStanding;
import org.gridgov.registry.domain.NoticeKind;
import org.gridgov.registry.domain.WorkActivity;
import org.gridgov.registry.domain.WorkRecord;
import org.gridgov.registry.persistence.Measures;
import org.gridgov.registry.persistence.WorkRecordRow;
import org.gridgov.registry.persistence.WorkRecordRows;

/**
 * The "六个一" work method: the office records each month's scheduling meetings, inspections,
 * notices, publicity and consultations; the month's ranking comes from the supervision records.
 */
@Singleton
public class WorkMethod {

    private final WorkRecordRows rows;
    private final Measures measures;
    private final Districts districts;
    private final SuperviseDistricts supervision;
    private final Clock clock;

    WorkMethod(WorkRecordRows rows, Measures measures, Districts districts, SuperviseDistricts supervision, Clock clock) {
        this.rows = rows;
        this.measures = measures;
        this.districts = districts;
        this.supervision = supervision;
        this.clock = clock;
    }

    /** What the office asks to record; codes as on the wire, checked here field by field. */
    public record Entry(String activity, String noticeKind, String district, UUID measureId, String title, String summary,
            LocalDate heldOn) {
    }

    /** A month of the work method: its records in date order and the ranking (排名) as computed. */
    public record Month(YearMonth month, List<WorkRecord> records, List<DistrictStanding> ranking) {
    }

    @Transactional
    public WorkRecord record(YearMonth month, Entry entry) {
        WorkActivity activity = Refusals.apply("activity", () -> WorkActivity.fromCode(entry.activity()));
        if (!activity.recordedHere()) {
            throw Refusal.conflict("the monthly ranking (排名) is not recorded: it is computed from the districts' supervision"
                    + " records (PUT /api/v1/registry/supervision/{month}/{district})");
        }
        NoticeKind kind = entry.noticeKind() == null ? null : Refusals.apply("noticeKind", () -> NoticeKind.fromCode(entry.noticeKind()));
        if (activity == WorkActivity.NOTICE && kind == null) {
            throw Refusal.invalid("noticeKind", "a notice (通报) names its kind: prompt (提示单), assignment (交办单), urging (催办单) or order (责令书)");
        }
        if (activity != WorkActivity.NOTICE && kind != null) {
            throw Refusal.invalid("noticeKind", "only a notice (通报) has a noticeKind, not a " + activity.code());
        }
        if (entry.district() != null) {
            districts.requireDistrict("district", entry.district());
        } else if (activity == WorkActivity.NOTICE || activity == WorkActivity.INSPECTION) {
            throw Refusal.invalid("district", "a " + activity.code() + " (" + activity.label() + ") concerns a district");
        } else if (activity == WorkActivity.CONSULTATION && entry.measureId() == null) {
            throw Refusal.invalid("district", "a consultation (会诊) concerns a district or a measure (measureId)");
        }
        if (entry.measureId() != null && measures.find(entry.measureId()).isEmpty()) {
            throw Refusal.invalid("measureId", "no measure " + entry.measureId());
        }
        if (!YearMonth.from(entry.heldOn()).equals(month)) {
            throw Refusal.invalid("heldOn", entry.heldOn() + " is not in " + month);
        }
        // the office's today, in China: before 08:00 there the UTC date is still yesterday's
        if (entry.heldOn().isAfter(LocalDate.ofInstant(clock.instant(), WorkingCalendar.CHINA))) {
            throw Refusal.invalid("heldOn", "a record is kept once it has happened, not for " + entry.heldOn());
        }
        WorkRecord record = Refusals.apply("record", () -> new WorkRecord(UUID.randomUUID(), month, activity, kind, entry.district(),
                entry.measureId(), entry.title(), entry.summary(), entry.heldOn()));
        rows.save(new WorkRecordRow(record.id(), month.toString(), activity.code(), kind == null ? null : kind.code(),
                record.district(), record.measureId(), record.title(), record.summary(), record.heldOn(), clock.instant()));
        return record;
    }

    @Transactional
    public Month month(YearMonth month) {
        List<WorkRecord> records = rows.findByMonthOrderByHeldOn(month.toString()).stream()
                .map(row -> new WorkRecord(row.id(), YearMonth.parse(row.month()), WorkActivity.fromCode(row.activity()),
                        row.noticeKind() == null ? null : NoticeKind.fromCode(row.noticeKind()), row.district(), row.measureId(),
                        row.title(), row.summary(), row.heldOn()))
                .toList();
        return new Month(month, records, supervision.ranking(month));
    }
}
