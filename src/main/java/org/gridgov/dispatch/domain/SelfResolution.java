package org.gridgov.dispatch.domain;

import java.util.List;

/**
 * 自处置 / 即查即办: what the worker who fixed the problem on the spot reported about the fix, a
 * note and the photos of the result (SHA-256 ids; the report's own photos show it as found).
 */
public record SelfResolution(String note, List<String> afterPhotos) {

    public SelfResolution {
        afterPhotos = afterPhotos == null ? List.of() : List.copyOf(afterPhotos);
    }
}
