package org.gridgov.platform.security.session;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether an access token's session still stands: not revoked, not expired, and the token
 * issued at the session's current token version. The answer for a session is remembered for
 * {@code gridgov.security.session-check} (5 s), so a revocation made by another instance is honoured
 * within that time while a busy phone costs one lookup per interval, not one per request. A change
 * made by this instance forgets the remembered answers at once.
 */
@Singleton
public class SessionCheck {

    private static final int MAX_SESSIONS = 10_000;
    private static final long OUTAGE_LOG_INTERVAL_NANOS = Duration.ofSeconds(30).toNanos();
    private static final Logger LOG = LoggerFactory.getLogger(SessionCheck.class);

    /** A session as the check needs it. */
    public record State(String username, int tokenVersion, boolean live) {
    }

    /** Where session states come from: the session store. */
    public interface States {
        Optional<State> find(UUID sessionId);
    }

    private record Known(Optional<State> state, long checkedAtNanos) {
    }

    private final States states;
    private final long freshNanos;
    private final ConcurrentHashMap<UUID, Known> known = new ConcurrentHashMap<>();
    private final AtomicLong lastOutageLog = new AtomicLong(System.nanoTime() - OUTAGE_LOG_INTERVAL_NANOS - 1);

    public SessionCheck(States states, @Value("${gridgov.security.session-check:5s}") Duration freshness) {
        this.states = states;
        this.freshNanos = freshness.toNanos();
    }

    /** The answer from memory, or empty when the store must be asked (see {@link #admits}). */
    public Optional<Boolean> admitsFromMemory(@Nullable Object subject, @Nullable Object session, @Nullable Object version) {
        if (session == null) {
            return Optional.of(SessionClaims.isServiceIdentity(asString(subject)));
        }
        UUID id = sessionId(session);
        if (id == null) {
            return Optional.of(false);
        }
        Known remembered = known.get(id);
        if (remembered == null || System.nanoTime() - remembered.checkedAtNanos() > freshNanos) {
            return Optional.empty();
        }
        return Optional.of(admits(remembered.state(), subject, version));
    }

    /**
     * Asks the store when the remembered answer is missing or stale; blocks on the database. With
     * the store unreachable, a session seen before keeps its last known answer (the request then
     * meets the same outage in its own work and is answered 503 there); one never seen is refused.
     */
    public boolean admits(@Nullable Object subject, @Nullable Object session, @Nullable Object version) {
        Optional<Boolean> fromMemory = admitsFromMemory(subject, session, version);
        if (fromMemory.isPresent()) {
            return fromMemory.get();
        }
        UUID id = sessionId(session);
        Optional<State> state;
        try {
            state = states.find(id);
        } catch (RuntimeException unreachable) {
            Known last = known.get(id);
            logUnreachable(unreachable);
            return last != null && admits(last.state(), subject, version);
        }
        if (known.size() >= MAX_SESSIONS) {
            known.clear(); // bounded; the next requests simply ask again
        }
        known.put(id, new Known(state, System.nanoTime()));
        return admits(state, subject, version);
    }

    private void logUnreachable(RuntimeException e) {
        long now = System.nanoTime();
        long last = lastOutageLog.get();
        if (now - last > OUTAGE_LOG_INTERVAL_NANOS && lastOutageLog.compareAndSet(last, now)) {
            LOG.warn("Session store unreachable; sessions seen before keep their last known state: {}", e.toString());
        }
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onSessionsChanged(SessionsChanged change) {
        known.values().removeIf(k -> k.state().map(s -> s.username().equals(change.username())).orElse(false));
    }

    private static boolean admits(Optional<State> state, @Nullable Object subject, @Nullable Object version) {
        return state.isPresent()
                && state.get().live()
                && state.get().username().equals(asString(subject))
                && version instanceof Number number && number.intValue() == state.get().tokenVersion();
    }

    private static UUID sessionId(@Nullable Object claim) {
        try {
            return claim == null ? null : UUID.fromString(claim.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String asString(@Nullable Object claim) {
        return claim == null ? null : claim.toString();
    }
}
