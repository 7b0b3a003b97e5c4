package org.gridgov.registry.domain;

/**
 * The six criteria of the China Local Government Innovation Award rubric, used for the annual
 * expert evaluation and, with the same weights, for the mutual evaluation of nominations.
 */
public enum Criterion {
    INNOVATION("innovation", "创新程度"),
    VOLUNTARINESS("voluntariness", "自愿程度"),
    BENEFIT("benefit", "效益程度"),
    IMPORTANCE("importance", "重要程度"),
    ECONOMY("economy", "节约程度"),
    TRANSFERABILITY("transferability", "推广程度");

    private final String code;
    private final String label;

    Criterion(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
