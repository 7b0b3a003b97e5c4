package org.gridgov.registry.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.gridgov.registry.domain.HalfYear;
import org.gridgov.registry.domain.RegistrySummary;
import org.gridgov.registry.persistence.Measures;

/**
 * The register's figures, counted from the measures every time. {@code from}/{@code to} (origin
 * rounds, inclusive) narrow it to a period, e.g. the 2016H1–2018H2 figures of the reform report.
 */
@Singleton
public class SummarizeRegistry {

    private final Measures measures;

    SummarizeRegistry(Measures measures) {
        this.measures = measures;
    }

    @Transactional
    public RegistrySummary summary(HalfYear from, HalfYear to) {
        return RegistrySummary.of(measures.all().stream()
                .filter(measure -> measure.originRound() == null
                        || ((from == null || measure.originRound().compareTo(from) >= 0)
                                && (to == null || measure.originRound().compareTo(to) <= 0)))
                .toList());
    }
}
