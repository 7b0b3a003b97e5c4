package org.gridgov.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CategoryMixTest {

    private final List<Category> categories = Category.reference();

    @Test
    void theCategoriesAreThePlatformsReferenceTable() {
        assertThat(categories).hasSize(32);
        assertThat(categories.get(1)).isEqualTo(new Category("0102", "暴露垃圾", "CGJ", 4 * 60, false));
        assertThat(categories).filteredOn(c -> c.code().equals("0601")).singleElement()
                .satisfies(c -> assertThat(c.limitMinutes()).isEqualTo(5 * 8 * 60));
    }

    @Test
    void workersMostlyReportGarbageAndCitizensMostlyParking() {
        CategoryMix workers = CategoryMix.of(Reporter.WORKER, categories);
        CategoryMix citizens = CategoryMix.of(Reporter.CITIZEN, categories);
        String workersTop = categories.stream().max((a, b) -> Double.compare(workers.share(a.code()), workers.share(b.code()))).orElseThrow().code();
        String citizensTop = categories.stream().max((a, b) -> Double.compare(citizens.share(a.code()), citizens.share(b.code()))).orElseThrow().code();
        assertThat(workersTop).isEqualTo("0102");
        assertThat(citizensTop).isEqualTo("0502");
        assertThat(workers.share("0403")).as("a gas leak is rare").isLessThan(workers.share("0102") / 20);
        assertThat(categories.stream().mapToDouble(c -> workers.share(c.code())).sum()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void drawnCategoriesComeInTheMixsProportions() {
        CategoryMix mix = CategoryMix.of(Reporter.CITIZEN, categories);
        Random random = new Random(3);
        Map<String, Integer> counts = new HashMap<>();
        int draws = 50_000;
        for (int i = 0; i < draws; i++) {
            counts.merge(mix.draw(random).code(), 1, Integer::sum);
        }
        for (Category category : categories) {
            assertThat(counts.getOrDefault(category.code(), 0) / (double) draws).as(category.code())
                    .isCloseTo(mix.share(category.code()), within(0.01));
        }
    }

    @Test
    void aMixNamingACategoryTheTableLacksIsRefused() {
        assertThatThrownBy(() -> CategoryMix.of(Reporter.WORKER, categories.subList(2, 10)))
                .hasMessageContaining("the mix names category");
    }
}
