package org.gridgov.registry.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.platform.refusal.Refusal;
import org.gridgov.registry.domain.KpiBoard;
import org.gridgov.registry.domain.KpiReading;
import org.gridgov.registry.domain.ShowcaseSite;
import org.gridgov.registry.domain.SiteKind;
import org.gridgov.registry.persistence.KpiReadingRow;
import org.gridgov.registry.persistence.KpiReadingRows;
import org.gridgov.registry.persistence.Measures;
import org.gridgov.registry.persistence.ShowcaseSiteRow;
import org.gridgov.registry.persistence.ShowcaseSiteRows;

/** Showcase sites (七星九点) and the live figures they report. */
@Singleton
public class ShowcaseSites {

    private final ShowcaseSiteRows sites;
    private final KpiReadingRows readings;
    private final Measures measures;
    private final Clock clock;

    ShowcaseSites(ShowcaseSiteRows sites, KpiReadingRows readings, Measures measures, Clock clock) {
        this.sites = sites;
        this.readings = readings;
        this.measures = measures;
        this.clock = clock;
    }

    public record SiteWithFigures(ShowcaseSite site, Map<String, KpiBoard.Series> figures) {
    }

    @Transactional
    public ShowcaseSite create(ShowcaseSite site) {
        if (measures.find(site.measureId()).isEmpty()) {
            throw Refusal.invalid("measureId", "no measure " + site.measureId());
        }
        if (sites.existsById(site.id())) {
            throw Refusal.conflict("a showcase site '" + site.id() + "' already exists");
        }
        Refusals.insertOnce(() -> sites.save(new ShowcaseSiteRow(site.id(), site.name(), site.kind().code(), site.measureId(),
                site.lat(), site.lon(), site.address(), site.description(), clock.instant(),
                site.demoAssumptions().toArray(String[]::new))),
                "a showcase site '" + site.id() + "' already exists");
        return site;
    }

    /** Stores a figure for a known site; empty when the site is unknown, for the caller to refuse in its own way. */
    @Transactional
    public Optional<KpiReading> record(KpiReading reading) {
        if (!sites.existsById(reading.siteId())) {
            return Optional.empty();
        }
        readings.save(new KpiReadingRow(null, reading.siteId(), reading.metric(), reading.value(), reading.unit(),
                reading.period(), reading.measuredAt(), clock.instant()));
        return Optional.of(reading);
    }

    @Transactional
    public SiteWithFigures site(String id) {
        ShowcaseSiteRow row = sites.findById(id).orElseThrow(() -> Refusal.notFound("no showcase site '" + id + "'"));
        List<KpiReading> history = readings.findBySiteIdOrderByMeasuredAt(id).stream()
                .map(r -> new KpiReading(r.siteId(), r.metric(), r.value(), r.unit(), r.period(), r.measuredAt()))
                .toList();
        return new SiteWithFigures(toDomain(row), KpiBoard.of(history));
    }

    @Transactional
    public List<ShowcaseSite> all() {
        return sites.findAllOrderById().stream().map(ShowcaseSites::toDomain).toList();
    }

    /** Whether a site has any figure for {@code metric}; the demo seeds a metric only once. */
    @Transactional
    public boolean hasFigure(String id, String metric) {
        return readings.existsBySiteIdAndMetric(id, metric);
    }

    /** Notes which facts of a seeded site the demo assumed (a site loaded before they were noted gets them now). */
    @Transactional
    public void noteDemoAssumptions(String id, List<String> demoAssumptions) {
        sites.findById(id).filter(row -> !List.of(row.demoAssumptions()).equals(demoAssumptions))
                .ifPresent(row -> sites.update(new ShowcaseSiteRow(row.id(), row.name(), row.kind(), row.measureId(), row.lat(), row.lon(),
                        row.address(), row.description(), row.createdAt(), demoAssumptions.toArray(String[]::new))));
    }

    @Transactional
    public boolean exists(String id) {
        return sites.existsById(id);
    }

    private static ShowcaseSite toDomain(ShowcaseSiteRow row) {
        return new ShowcaseSite(row.id(), row.name(), SiteKind.fromCode(row.kind()), row.measureId(), row.lat(), row.lon(),
                row.address(), row.description(), row.demoAssumptions() == null ? List.of() : List.of(row.demoAssumptions()));
    }
}
