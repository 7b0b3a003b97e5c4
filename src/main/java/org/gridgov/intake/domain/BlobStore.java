package org.gridgov.intake.domain;

import java.util.Optional;

/** Content-addressed storage of photo bytes: the address is the SHA-256 hex of the content. */
public interface BlobStore {

    /** Stores the bytes (again storing the same bytes is harmless) and returns their SHA-256 hex. */
    String put(byte[] bytes);

    Optional<byte[]> get(String sha256);

    /** Whether a photo with this id was stored (a self-resolved report names its after photos by id). */
    default boolean has(String sha256) {
        return get(sha256).isPresent();
    }
}
