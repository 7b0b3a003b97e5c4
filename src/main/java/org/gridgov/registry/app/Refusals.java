package org.gridgov.registry.app;

import java.util.function.Supplier;
import org.gridgov.platform.problem.Problem;
import org.gridgov.registry.domain.RuleViolation;
import org.gridgov.registry.persistence.DuplicateKey;

/**
 * Turns the domain's refusals into problems: a broken rule is a 409 (the request was fine, the
 * register's state does not allow it); an invalid value that slipped past request validation is
 * a 422 naming {@code field}.
 */
final class Refusals {

    private Refusals() {
    }

    /** Runs a write; a unique key that a concurrent request took first is a 409 with {@code detail}. */
    static void insertOnce(Runnable write, String detail) {
        try {
            write.run();
        } catch (RuntimeException failure) {
            if (DuplicateKey.causes(failure)) {
                throw Problem.conflict(detail);
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
            throw Problem.conflict(violation.getMessage());
        } catch (IllegalArgumentException invalid) {
            throw Problem.unprocessable(field, invalid.getMessage());
        }
    }
}
