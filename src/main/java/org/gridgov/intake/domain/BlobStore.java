package org.gridgov.intake.domain;

import java.util.Optional;

/** Content-addressed storage of photo bytes: the address is the SHA-256 hex of the content. */
public interface BlobStore {

    /** Stores the bytes (again storing the same bytes is harmless) and returns their SHA-256 hex. */
    String put(byte[] bytes);

    Optional<byte[]> get(String sha256);
}
