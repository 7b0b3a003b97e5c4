package org.gridgov.routing.app;

/** A rule as an operator writes it, before it is checked: codes and kinds as text. */
public record RuleDraft(String category, String areaLevel, String areaCode, String targetKind, String targetCode) {
}
