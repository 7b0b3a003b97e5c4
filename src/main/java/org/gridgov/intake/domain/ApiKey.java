package org.gridgov.intake.domain;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * An Open311 API key. Only its SHA-256 is stored; the key itself is shown once, when issued. A
 * random 256-bit key needs no slow password hash: there is nothing to guess.
 */
public record ApiKey(String plaintext, String hash) {

    private static final int KEY_BYTES = 32;

    public static ApiKey issue(SecureRandom random) {
        byte[] bytes = new byte[KEY_BYTES];
        random.nextBytes(bytes);
        String key = "o311_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new ApiKey(key, hashOf(key));
    }

    public static String hashOf(String key) {
        return Sha256.hex(key);
    }

    @Override
    public String toString() {
        return "ApiKey[hash=" + hash + "]";
    }
}
