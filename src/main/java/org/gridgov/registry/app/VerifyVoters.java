package org.gridgov.registry.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.gridgov.platform.refusal.Refusal;
import org.gridgov.registry.domain.PhoneNumber;
import org.gridgov.registry.domain.VoterVerification;
import org.gridgov.registry.persistence.VoterCodeRow;
import org.gridgov.registry.persistence.VoterCodeRows;
import org.gridgov.registry.persistence.VoterCredentialRow;
import org.gridgov.registry.persistence.VoterCredentialRows;

/**
 * The verification step the platform controls: a one-time code goes to the voter's phone, and the
 * right code earns a voter credential. Only a credential makes a ballot; the register never keeps
 * the phone number, only keyed hashes of it.
 */
@Singleton
public class VerifyVoters {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final VoterCodeRows codes;
    private final VoterCredentialRows credentials;
    private final VoterKeys keys;
    private final VoterCodeSender sender;
    private final Clock clock;
    private final VoterVerification rules = VoterVerification.DEFAULT;

    VerifyVoters(VoterCodeRows codes, VoterCredentialRows credentials, VoterKeys keys, VoterCodeSender sender, Clock clock) {
        this.codes = codes;
        this.credentials = credentials;
        this.keys = keys;
        this.sender = sender;
        this.clock = clock;
    }

    /** A credential for the ballot box, shown to the voter once. */
    public record Credential(String credential, Instant expiresAt) {
    }

    /** @return when the code expires */
    @Transactional
    public Instant sendCode(String phoneText) {
        PhoneNumber phone = phone(phoneText);
        String phoneKey = keys.phoneKey(phone);
        Instant now = clock.instant();
        codes.lockPhone(phoneKey);
        Optional<VoterCodeRow> pending = codes.findById(phoneKey);
        if (pending.isPresent() && !rules.mayResend(pending.get().sentAt(), now)) {
            Duration wait = rules.resendAfter().minus(Duration.between(pending.get().sentAt(), now));
            throw Refusal.tooMany("phone", "a code was sent to this number less than " + rules.resendAfter().toSeconds()
                    + " s ago; wait before asking again", wait.isNegative() ? Duration.ZERO : wait);
        }
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        Instant expiresAt = now.plus(rules.codeLifetime());
        VoterCodeRow row = new VoterCodeRow(phoneKey, keys.codeKey(phone, code), now, expiresAt, 0);
        if (pending.isPresent()) {
            codes.update(row);
        } else {
            codes.save(row);
        }
        sender.send(phone, code);
        return expiresAt;
    }

    /**
     * Checks the code; a wrong one uses up an attempt (kept even though the request fails, which is
     * why the count is written outside this method's refusal).
     */
    @Transactional(noRollbackFor = Refusal.class)
    public Credential verify(String phoneText, String code) {
        PhoneNumber phone = phone(phoneText);
        if (code == null || !code.matches("^[0-9]{6}$")) {
            throw Refusal.malformed("code", "is the six-digit code sent to the phone");
        }
        String phoneKey = keys.phoneKey(phone);
        Instant now = clock.instant();
        codes.lockPhone(phoneKey);
        VoterCodeRow pending = codes.findById(phoneKey).orElseThrow(() ->
                Refusal.invalid("code", "no code is pending for this number: ask for one first"));
        switch (rules.state(pending.expiresAt(), pending.attempts(), now)) {
            case EXPIRED -> throw Refusal.invalid("code", "the code has expired: ask for a new one");
            case EXHAUSTED -> throw Refusal.invalid("code", "too many wrong codes: ask for a new one");
            case USABLE -> { }
        }
        if (!VoterKeys.same(pending.codeKey(), keys.codeKey(phone, code))) {
            codes.update(new VoterCodeRow(pending.phoneKey(), pending.codeKey(), pending.sentAt(), pending.expiresAt(),
                    pending.attempts() + 1));
            throw Refusal.invalid("code", "wrong code");
        }
        codes.deleteById(phoneKey);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String credential = "vc_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expiresAt = now.plus(rules.credentialLifetime());
        credentials.save(new VoterCredentialRow(VoterKeys.credentialHash(credential), keys.voterKey(phone), now, expiresAt));
        return new Credential(credential, expiresAt);
    }

    /** The voter a credential stands for, if it is one the platform issued and it has not expired. */
    @Transactional
    public Optional<String> voterOf(String credential) {
        if (credential == null || !credential.matches("^vc_[A-Za-z0-9_-]{43}$")) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return credentials.findById(VoterKeys.credentialHash(credential))
                .filter(row -> now.isBefore(row.expiresAt()))
                .map(VoterCredentialRow::voterKey);
    }

    private static PhoneNumber phone(String text) {
        return PhoneNumber.parse(text).orElseThrow(() ->
                Refusal.malformed("phone", "is an 11-digit mainland mobile number such as 13800138000"));
    }
}
