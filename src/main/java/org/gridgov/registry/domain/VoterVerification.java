package org.gridgov.registry.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How a voter proves a phone: a six-digit code sent to it, valid for {@code codeLifetime}, with
 * at most {@code maxAttempts} guesses, and no new code before {@code resendAfter} (so the platform
 * cannot be used to flood a number). A right code earns a credential valid for
 * {@code credentialLifetime}.
 */
public record VoterVerification(Duration codeLifetime, int maxAttempts, Duration resendAfter, Duration credentialLifetime) {

    public static final VoterVerification DEFAULT =
            new VoterVerification(Duration.ofMinutes(10), 5, Duration.ofSeconds(60), Duration.ofHours(24));

    /** What a pending code allows now. */
    public enum CodeState { USABLE, EXPIRED, EXHAUSTED }

    public boolean mayResend(Instant lastSentAt, Instant now) {
        return !now.isBefore(lastSentAt.plus(resendAfter));
    }

    public CodeState state(Instant expiresAt, int attempts, Instant now) {
        if (attempts >= maxAttempts) {
            return CodeState.EXHAUSTED;
        }
        return now.isBefore(expiresAt) ? CodeState.USABLE : CodeState.EXPIRED;
    }
}
