package org.gridgov.routing.domain;

/** Which categories a rule covers: one exact code ({@code 0101}) or a whole major class ({@code 01}). */
public record CategorySelector(String value) {

    public CategorySelector {
        if (value == null || !value.matches("[0-9]{2}|[0-9]{4}")) {
            throw new RuleRefused("category", "a category is a 4-digit code or a 2-digit major class");
        }
    }

    public boolean isExact() {
        return value.length() == 4;
    }

    public String majorClass() {
        return value.substring(0, 2);
    }

    public boolean matches(String categoryCode) {
        return isExact() ? value.equals(categoryCode) : categoryCode != null && categoryCode.startsWith(value);
    }

    int specificity() {
        return isExact() ? 1 : 0;
    }
}
