package org.gridgov.intake.domain;

import java.util.Optional;

/**
 * The picture formats accepted, recognised by their magic bytes: a file name or a client's
 * Content-Type says nothing about what the bytes are.
 */
public enum PhotoType {
    JPEG("image/jpeg"), PNG("image/png"), WEBP("image/webp");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private final String mediaType;

    PhotoType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<PhotoType> sniff(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, PNG_SIGNATURE, 0)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, "RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0)
                && startsWith(head, "WEBP".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 8)) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix, int offset) {
        if (bytes.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
