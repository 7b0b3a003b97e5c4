package org.gridgov.dashboard.app;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.ZoneId;
import org.gridgov.dashboard.domain.CaseProjection;
import org.gridgov.platform.calendar.OfficeHours;
import org.gridgov.platform.calendar.WorkingCalendar;

/** The dashboard's settings, each with a default so that application.yml needs none. */
@Singleton
public class DashboardSettings {

    private final ZoneId zone;
    private final String cityCode;
    private final String showcaseSiteId;
    private final String tileUrl;
    private final WorkingCalendar calendar;
    private final Duration townshipCloseLimit;

    public DashboardSettings(
            @Value("${gridgov.dashboard.zone:Asia/Shanghai}") String zone,
            @Value("${gridgov.dashboard.city-code:370300}") String cityCode,
            @Value("${gridgov.dashboard.showcase-site-id:fengshui-grid}") String showcaseSiteId,
            @Value("${gridgov.dashboard.tile-url:}") String tileUrl,
            // the office hours deadlines are computed with (dispatch's setting), so both count the same working time
            @Value("${gridgov.dispatch.office-hours:}") String officeHours,
            @Value("${gridgov.dashboard.township-close-limit-working-hours:16}") long townshipCloseLimitWorkingHours) {
        this.zone = ZoneId.of(zone);
        this.cityCode = cityCode;
        this.showcaseSiteId = showcaseSiteId;
        this.tileUrl = tileUrl;
        this.calendar = WorkingCalendar.china(officeHours == null || officeHours.isBlank()
                ? OfficeHours.DEFAULT : OfficeHours.parse(officeHours));
        this.townshipCloseLimit = Duration.ofHours(townshipCloseLimitWorkingHours);
    }

    /** Days and months are those of the city's clock. */
    public ZoneId zone() {
        return zone;
    }

    public String cityCode() {
        return cityCode;
    }

    public String showcaseSiteId() {
        return showcaseSiteId;
    }

    /** An optional XYZ tile URL for the map page; empty draws grids on a plain background. */
    public String tileUrl() {
        return tileUrl;
    }

    public CaseProjection projection() {
        return new CaseProjection(zone, cityCode, calendar::workingTimeBetween, townshipCloseLimit);
    }
}
