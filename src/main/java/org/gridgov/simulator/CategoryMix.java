package org.gridgov.simulator;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Which categories a city reports, and how often: grid workers mostly report what they see on patrol
 * (garbage, posters, street vending), citizens what troubles them (parking, building-site noise,
 * pollution, property disputes). A category not named here counts once; an urgent one not named
 * half as much (gas leaks and collapsed roads are rare).
 */
public final class CategoryMix {

    private static final Map<String, Double> WORKER_WEIGHTS = Map.ofEntries(
            Map.entry("0102", 18.0), Map.entry("0201", 12.0), Map.entry("0501", 10.0), Map.entry("0104", 8.0),
            Map.entry("0502", 6.0), Map.entry("0106", 5.0), Map.entry("0103", 4.0), Map.entry("0105", 4.0),
            Map.entry("0303", 4.0), Map.entry("0601", 4.0), Map.entry("0101", 3.0), Map.entry("0202", 3.0),
            Map.entry("0304", 3.0), Map.entry("0701", 3.0), Map.entry("0404", 3.0), Map.entry("0802", 2.0),
            Map.entry("0901", 2.0), Map.entry("1001", 2.0));
    private static final Map<String, Double> CITIZEN_WEIGHTS = Map.ofEntries(
            Map.entry("0502", 14.0), Map.entry("0301", 12.0), Map.entry("0102", 10.0), Map.entry("0801", 8.0),
            Map.entry("0501", 8.0), Map.entry("0303", 6.0), Map.entry("0603", 6.0), Map.entry("0601", 5.0),
            Map.entry("0104", 4.0), Map.entry("0402", 3.0), Map.entry("0304", 3.0));

    private final List<Category> categories;
    private final double[] cumulative;

    private CategoryMix(List<Category> categories, Map<String, Double> named) {
        this.categories = categories;
        this.cumulative = new double[categories.size()];
        double sum = 0;
        for (int i = 0; i < categories.size(); i++) {
            Category category = categories.get(i);
            sum += named.getOrDefault(category.code(), category.urgent() ? 0.5 : 1.0);
            cumulative[i] = sum;
        }
    }

    public static CategoryMix of(Reporter reporter, List<Category> categories) {
        Map<String, Double> named = reporter == Reporter.WORKER ? WORKER_WEIGHTS : CITIZEN_WEIGHTS;
        named.keySet().forEach(code -> {
            if (categories.stream().noneMatch(category -> category.code().equals(code))) {
                throw new IllegalArgumentException("the mix names category " + code + ", which the table does not have");
            }
        });
        return new CategoryMix(categories, named);
    }

    /** The expected share of this category among the reports. */
    public double share(String code) {
        for (int i = 0; i < categories.size(); i++) {
            if (categories.get(i).code().equals(code)) {
                return (cumulative[i] - (i == 0 ? 0 : cumulative[i - 1])) / cumulative[cumulative.length - 1];
            }
        }
        return 0;
    }

    public Category draw(Random random) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = 0;
        while (cumulative[i] <= x) {
            i++;
        }
        return categories.get(i);
    }
}
