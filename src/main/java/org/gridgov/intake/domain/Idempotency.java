package org.gridgov.intake.domain;

import java.util.Optional;

/**
 * What a submission with a known client id means. Phones resend after a timeout; the same content
 * must give back the first result, never a second report, and different content is a client bug
 * that must be refused rather than silently merged.
 */
public final class Idempotency {

    public enum Outcome { NEW, REPLAY, CONFLICT }

    private Idempotency() {
    }

    public static Outcome judge(Optional<String> storedFingerprint, String submittedFingerprint) {
        return storedFingerprint
                .map(stored -> stored.equals(submittedFingerprint) ? Outcome.REPLAY : Outcome.CONFLICT)
                .orElse(Outcome.NEW);
    }
}
