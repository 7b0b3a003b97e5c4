package org.gridgov.routing.domain;

/** A rule that cannot be saved as given; names the field so the API can say which. */
public class RuleRefused extends RuntimeException {
    private final String field;

    public RuleRefused(String field, String detail) {
        super(detail);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
