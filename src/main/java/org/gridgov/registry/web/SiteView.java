package org.gridgov.registry.web;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridgov.registry.app.ShowcaseSites;
import org.gridgov.registry.domain.KpiReading;
import org.gridgov.registry.domain.ShowcaseSite;

/**
 * A showcase site with, per metric, its latest figure and the history; {@code demoAssumptions} names
 * the facts the demo data assumed ({@code kpis}: its figures are samples, not reported).
 */
@Serdeable
public record SiteView(
        String id,
        String name,
        String kind,
        UUID measureId,
        Double lat,
        Double lon,
        String address,
        String description,
        Map<String, Metric> kpis,
        List<String> demoAssumptions) {

    @Serdeable
    public record Reading(double value, String unit, String period, Instant measuredAt) {
    }

    @Serdeable
    public record Metric(Reading latest, List<Reading> history) {
    }

    static SiteView of(ShowcaseSite site) {
        return of(site, Map.of());
    }

    static SiteView of(ShowcaseSites.SiteWithFigures site) {
        Map<String, Metric> kpis = new LinkedHashMap<>();
        site.figures().forEach((metric, series) ->
                kpis.put(metric, new Metric(reading(series.latest()), series.history().stream().map(SiteView::reading).toList())));
        return of(site.site(), kpis);
    }

    private static SiteView of(ShowcaseSite site, Map<String, Metric> kpis) {
        return new SiteView(site.id(), site.name(), site.kind().code(), site.measureId(), site.lat(), site.lon(), site.address(),
                site.description(), kpis, site.demoAssumptions());
    }

    private static Reading reading(KpiReading reading) {
        return new Reading(reading.value(), reading.unit(), reading.period(), reading.measuredAt());
    }
}
