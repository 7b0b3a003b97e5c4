package org.gridgov.platform.security;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.gridgov.platform.time.SettableClock;

/**
 * Slows password guessing at {@code POST /login}: after 5 failed logins for one account, or 20 from
 * one address, within 15 minutes, further attempts for it are refused until a back-off has passed
 * (30 s, doubling per further failure, at most 15 minutes). A successful login clears the account's
 * count. Counted per instance, in memory: a guesser spread over n instances gets n times the tries,
 * still far too few to matter against a 10-character password outside the common list.
 */
@Singleton
public class LoginThrottle {

    static final int ACCOUNT_LIMIT = 5;
    static final int ADDRESS_LIMIT = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(30);
    private static final int MAX_KEYS = 100_000;

    private record Failures(int count, Instant last, Instant blockedUntil) {
    }

    private final Clock clock;
    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = SettableClock.wallOf(clock); // a login back-off is real waiting
    }

    /** How long the caller must wait before trying this account from this address, if at all. */
    public Optional<Duration> waitBefore(String username, String address) {
        Instant now = clock.instant();
        return longer(remaining(accountKey(username), now), remaining(addressKey(address), now));
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        record(accountKey(username), ACCOUNT_LIMIT, now);
        record(addressKey(address), ADDRESS_LIMIT, now);
    }

    public void succeeded(String username) {
        failures.remove(accountKey(username));
    }

    private void record(String key, int limit, Instant now) {
        if (failures.size() >= MAX_KEYS) {
            failures.values().removeIf(f -> f.last().plus(WINDOW).isBefore(now));
        }
        failures.compute(key, (k, before) -> {
            int count = before == null || before.last().plus(WINDOW).isBefore(now) ? 1 : before.count() + 1;
            Instant blockedUntil = count < limit ? now : now.plus(backoff(count - limit));
            return new Failures(count, now, blockedUntil);
        });
    }

    private static Duration backoff(int beyondLimit) {
        Duration backoff = FIRST_BACKOFF.multipliedBy(1L << Math.min(beyondLimit, 10));
        return backoff.compareTo(WINDOW) > 0 ? WINDOW : backoff;
    }

    private Optional<Duration> remaining(String key, Instant now) {
        Failures f = failures.get(key);
        if (f == null || !now.isBefore(f.blockedUntil())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, f.blockedUntil()));
    }

    private static Optional<Duration> longer(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return a.get().compareTo(b.get()) >= 0 ? a : b;
    }

    private static String accountKey(String username) {
        return "u:" + (username == null ? "" : username.toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }
}
