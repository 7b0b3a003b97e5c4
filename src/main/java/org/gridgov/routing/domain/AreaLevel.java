package org.gridgov.routing.domain;

/** How far a rule reaches; the narrower the area, the more specific the rule. */
public enum AreaLevel {
    GRID(15, 4),
    COMMUNITY(12, 3),
    TOWNSHIP(9, 2),
    DISTRICT(6, 1),
    CITY(0, 0);

    private final int codeLength;
    private final int specificity;

    AreaLevel(int codeLength, int specificity) {
        this.codeLength = codeLength;
        this.specificity = specificity;
    }

    public int codeLength() {
        return codeLength;
    }

    int specificity() {
        return specificity;
    }
}
