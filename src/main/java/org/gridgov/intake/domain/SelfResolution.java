package org.gridgov.intake.domain;

import java.util.List;

/**
 * 自处置 / 即查即办: the worker fixed the problem on the spot. The report's own photos show it as
 * found (before); {@code afterPhotos} name, by SHA-256, the evidence photos of the result, uploaded
 * first through {@code POST /api/v1/photos}. Dispatch registers and closes such a report's case at
 * once, without a department.
 */
public record SelfResolution(String note, List<String> afterPhotos) {

    public SelfResolution {
        afterPhotos = afterPhotos == null ? List.of() : List.copyOf(afterPhotos);
    }
}
