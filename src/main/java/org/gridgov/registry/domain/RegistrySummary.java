package org.gridgov.registry.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures the city reports about its register, counted from the measures themselves. Only
 * measures a round has selected count ("cultivated"); a retired one still counts, a candidate that
 * was never selected does not.
 *
 * @param shareEither percentage of measures that are informatization-driven or institutional, one decimal
 * @param perDomain   measures per domain (a measure in two domains counts in both)
 * @param adoptionsPerDistrict measures each district has adopted
 */
public record RegistrySummary(
        int total,
        int informatizationDriven,
        int institutional,
        int either,
        BigDecimal shareEither,
        Map<String, Integer> perDomain,
        Map<String, Integer> adoptionsPerDistrict) {

    public static RegistrySummary of(Collection<Measure> measures) {
        List<Measure> cultivated = measures.stream().filter(Measure::wasSelected).toList();
        int total = cultivated.size();
        int informatized = (int) cultivated.stream().filter(Measure::informatizationDriven).count();
        int institutional = (int) cultivated.stream().filter(Measure::institutionalInnovation).count();
        int either = (int) cultivated.stream().filter(Measure::isInformatizedOrInstitutional).count();
        BigDecimal share = total == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(either * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
        Map<String, Integer> perDomain = new TreeMap<>();
        Map<String, Integer> perDistrict = new TreeMap<>();
        for (Measure measure : cultivated) {
            measure.domains().forEach(domain -> perDomain.merge(domain, 1, Integer::sum));
            measure.adoptions().forEach(adoption -> perDistrict.merge(adoption.district(), 1, Integer::sum));
        }
        return new RegistrySummary(total, informatized, institutional, either, share, Collections.unmodifiableMap(perDomain), Collections.unmodifiableMap(perDistrict));
    }
}
