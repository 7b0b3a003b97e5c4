package org.gridgov.registry.app;

import java.util.Set;

/** What the reform office enters for a new measure. */
public record MeasureDraft(
        String title,
        String summary,
        Set<String> domains,
        String leadUnit,
        String district,
        boolean informatizationDriven,
        boolean institutionalInnovation) {
}
