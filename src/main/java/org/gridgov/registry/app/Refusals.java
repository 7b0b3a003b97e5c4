package org.gridgov.registry.app;

import java.util.function.Supplier;
import org.gridgov.platform.refusal.Refusal;
import org.gridgov.registry.domain.RuleViolation;
import org.gridgov.registry.persistence.DuplicateKey;

/**
 * Turns the domain's refusals into the use cases' refusals: a broken rule is a conflict (the request
 * was fine, the register's state does not allow it); an invalid value that slipped past request
 * validation is an invalid input naming {@code field}.
 */
final class Refusals {

    private Refusals() {
    }

    /** Runs a write; a unique key that a concurrent request took first is a conflict with {@code detail}. */
    static void insertOnce(Runnable write, String detail) {
        try {
            write.run();
        } catch (RuntimeException failure) {
            if (DuplicateKey.causes(failure)) {
                throw Refusal.conflict(detail);
            }
            throw failure;
        }
    }

    static void check(String field, Runnable rule) {
        apply(field, () -> {
            rule.run();
            return null;
        });
    }

    static <T> T apply(String field, Supplier<T> command) {
        try {
            return command.get();
        } catch (RuleViolation violation) {
            throw Refusal.conflict(violation.getMessage());
        } catch (IllegalArgumentException invalid) {
            throw Refusal.invalid(field, invalid.getMessage());
        }
    }
}
