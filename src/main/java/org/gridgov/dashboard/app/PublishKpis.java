package org.gridgov.dashboard.app;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gridgov.dashboard.domain.AreaCode;
import org.gridgov.dashboard.domain.Figures;
import org.gridgov.dashboard.domain.Grouping;
import org.gridgov.dashboard.domain.Period;
import org.gridgov.dashboard.messaging.KpiMeasuredV1;
import org.gridgov.dashboard.messaging.DashboardOutbox;
import org.gridgov.platform.messaging.Topics;

/**
 * Publishes the platform's own city figures of the current month to the showcase site of the 沣水镇
 * three-in-one grid measure: cases this month, on-time close rate, mean hours to close, satisfaction.
 * A rate without a denominator (nothing due yet) is not published rather than published as 0.
 */
@Singleton
public class PublishKpis {

    private final ReadFigures figures;
    private final DashboardOutbox outbox;
    private final DashboardSettings settings;
    private final Clock clock;

    public PublishKpis(ReadFigures figures, DashboardOutbox outbox, DashboardSettings settings, Clock clock) {
        this.figures = figures;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    /** A figure as it was published on gridgov.kpi.v1, field for field. */
    @Serdeable
    public record Published(UUID eventId, String type, Instant occurredAt, int schemaVersion, String siteId, String metric,
            double value, String unit, String period, Instant measuredAt) {
    }

    @Transactional
    public List<Published> publish() {
        Instant now = clock.instant();
        YearMonth month = YearMonth.from(now.atZone(settings.zone()));
        AreaCode city = AreaCode.parse(settings.cityCode(), settings.cityCode()).orElseThrow();
        Figures f = figures.figures(city, Period.month(month), null, Grouping.NONE).figures();
        String site = settings.showcaseSiteId();
        String period = month.toString();
        List<KpiMeasuredV1> messages = new ArrayList<>();
        messages.add(KpiMeasuredV1.of(site, "cases_this_month", f.reported(), "count", period, now));
        add(messages, site, "on_time_close_rate", f.onTimeCloseRate(), "ratio", period, now);
        add(messages, site, "mean_hours_to_close", f.meanHoursToClose(), "hours", period, now);
        add(messages, site, "satisfaction_rate", f.satisfactionRate(), "ratio", period, now);
        messages.forEach(m -> outbox.append(Topics.KPI, site, m));
        return messages.stream().map(m -> new Published(m.eventId(), m.type(), m.occurredAt(), m.schemaVersion(),
                m.siteId(), m.metric(), m.value(), m.unit(), m.period(), m.measuredAt())).toList();
    }

    private static void add(List<KpiMeasuredV1> messages, String site, String metric, Double value, String unit, String period, Instant now) {
        if (value != null) {
            messages.add(KpiMeasuredV1.of(site, metric, value, unit, period, now));
        }
    }
}
