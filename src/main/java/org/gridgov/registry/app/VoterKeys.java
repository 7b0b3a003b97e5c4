package org.gridgov.registry.app;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gridgov.registry.domain.PhoneNumber;

/**
 * Keyed hashes of voters' phones and codes (HMAC-SHA-256 under {@code gridgov.registry.voter-secret}).
 * Without the secret, a stored key cannot be turned back into a phone number by hashing all
 * 11-digit numbers. The secret must stay the same across restarts and instances, or every voter
 * becomes a new voter.
 */
@Singleton
public class VoterKeys {

    private static final int MIN_SECRET_BYTES = 32;

    private final SecretKeySpec secret;

    public VoterKeys(@Value("${gridgov.registry.voter-secret:}") String secret) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new ConfigurationException("gridgov.registry.voter-secret (GRIDGOV_VOTER_SECRET) must be set to at least "
                    + MIN_SECRET_BYTES + " bytes: it keys the hashes that stand for voters' phone numbers");
        }
        this.secret = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** The voter, as ballots know them. */
    public String voterKey(PhoneNumber phone) {
        return hmac("voter:" + phone.digits());
    }

    /** The phone, as the pending-code table knows it (a different key from the ballots'). */
    public String phoneKey(PhoneNumber phone) {
        return hmac("phone:" + phone.digits());
    }

    public String codeKey(PhoneNumber phone, String code) {
        return hmac("code:" + phone.digits() + ":" + code);
    }

    /** A credential is 256 random bits: a plain SHA-256 is enough to find it without storing it. */
    public static String credentialHash(String credential) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(credential.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** Compares two keys in time independent of where they differ. */
    public static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
        }
    }
}
