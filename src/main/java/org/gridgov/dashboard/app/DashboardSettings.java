package org.gridgov.dashboard.app;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.ZoneId;
import org.gridgov.dashboard.domain.CaseProjection;

/** The dashboard's settings, each with a default so that application.yml needs none. */
@Singleton
public class DashboardSettings {

    private final ZoneId zone;
    private final String cityCode;
    private final String showcaseSiteId;
    private final String tileUrl;

    public DashboardSettings(
            @Value("${gridgov.dashboard.zone:Asia/Shanghai}") String zone,
            @Value("${gridgov.dashboard.city-code:370300}") String cityCode,
            @Value("${gridgov.dashboard.showcase-site-id:fengshui-grid}") String showcaseSiteId,
            @Value("${gridgov.dashboard.tile-url:}") String tileUrl) {
        this.zone = ZoneId.of(zone);
        this.cityCode = cityCode;
        this.showcaseSiteId = showcaseSiteId;
        this.tileUrl = tileUrl;
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
        return new CaseProjection(zone, cityCode);
    }
}
