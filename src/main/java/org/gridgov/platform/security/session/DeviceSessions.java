package org.gridgov.platform.security.session;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.gridgov.platform.time.SettableClock;

/**
 * Device sessions and their rotating refresh tokens. A login opens a session; every refresh spends
 * the presented token and issues the next one; a token presented a second time means two parties
 * hold it, so the whole session ends (theft detection). Ending or renewing sessions tells
 * {@link SessionCheck} after the commit, so this instance stops honouring their access tokens at once.
 */
@Singleton
public class DeviceSessions implements SessionCheck.States {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceSessions.class);
    static final String REUSED = "refresh token reused";

    private final SessionRows sessions;
    private final RefreshTokenRows tokens;
    private final ApplicationEventPublisher<SessionsChanged> changes;
    private final Clock clock;
    private final Duration refreshLifetime;

    public DeviceSessions(SessionRows sessions, RefreshTokenRows tokens,
                          ApplicationEventPublisher<SessionsChanged> changes, Clock clock,
                          @Value("${gridgov.security.refresh-token-lifetime:30d}") Duration refreshLifetime) {
        this.sessions = sessions;
        this.tokens = tokens;
        this.changes = changes;
        this.clock = SettableClock.wallOf(clock); // sessions live and end in real time, also while a demo sets the platform clock back
        this.refreshLifetime = refreshLifetime;
    }

    /** A session with its first refresh token. */
    public record Opened(SessionRow session, String refreshToken) {
    }

    @Transactional
    public Opened open(String username, @Nullable String device) {
        Instant now = clock.instant();
        SessionRow session = sessions.save(new SessionRow(UUID.randomUUID(), username, device, 0, now, now,
                now.plus(refreshLifetime), null, null));
        return new Opened(session, issueRefreshToken(session.id(), now));
    }

    @Transactional
    public Refresh refresh(String refreshToken) {
        String hash = RefreshTokens.hash(refreshToken);
        Optional<RefreshTokenRow> presented = tokens.findById(hash);
        if (presented.isEmpty()) {
            return new Refresh.Refused("the refresh token is not known");
        }
        Instant now = clock.instant();
        UUID sessionId = presented.get().sessionId();
        if (tokens.markUsed(hash, now) == 0) {
            SessionRow session = sessions.findById(sessionId).orElseThrow();
            if (sessions.revoke(sessionId, now, REUSED) == 1) {
                LOG.warn("A spent refresh token of session {} ({}) was presented again: the session is ended",
                        sessionId, session.username());
                changes.publishEvent(new SessionsChanged(session.username()));
            }
            return new Refresh.Refused("the refresh token was used before; its session has been ended");
        }
        SessionRow session = sessions.findById(sessionId).orElseThrow();
        if (!session.liveAt(now)) {
            return new Refresh.Refused("the session has ended");
        }
        if (!now.isBefore(presented.get().expiresAt())) {
            return new Refresh.Refused("the refresh token has expired");
        }
        String next = issueRefreshToken(sessionId, now);
        Instant expiresAt = now.plus(refreshLifetime);
        sessions.touch(sessionId, now, expiresAt);
        SessionRow touched = new SessionRow(session.id(), session.username(), session.device(), session.tokenVersion(),
                session.createdAt(), now, expiresAt, null, null);
        return new Refresh.Granted(touched, next);
    }

    /** Ends one session of {@code username}; false when it has no such live session. */
    @Transactional
    public boolean end(String username, UUID sessionId, String reason) {
        Optional<SessionRow> session = sessions.findById(sessionId).filter(s -> s.username().equals(username));
        if (session.isEmpty() || sessions.revoke(sessionId, clock.instant(), reason) == 0) {
            return false;
        }
        changes.publishEvent(new SessionsChanged(username));
        return true;
    }

    /** Ends every session of the user: disabled, or the password changed. */
    @Transactional
    public int endAll(String username, String reason) {
        int ended = sessions.revokeAllOf(username, clock.instant(), reason);
        changes.publishEvent(new SessionsChanged(username));
        return ended;
    }

    /**
     * The user's scope changed: access tokens already issued stop working, and the next refresh
     * issues tokens with the new scope, so no device has to log in again.
     */
    @Transactional
    public int renewAccess(String username) {
        int renewed = sessions.renewAccessOf(username, clock.instant());
        changes.publishEvent(new SessionsChanged(username));
        return renewed;
    }

    @Transactional
    public List<SessionRow> of(String username) {
        return sessions.findByUsernameOrderByLastUsedAtDesc(username);
    }

    @Override
    @Transactional
    public Optional<SessionCheck.State> find(UUID sessionId) {
        Instant now = clock.instant();
        return sessions.findById(sessionId)
                .map(s -> new SessionCheck.State(s.username(), s.tokenVersion(), s.liveAt(now)));
    }

    /** Ended sessions are kept a while for the admin's view (and reuse detection), then go. */
    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    @Transactional
    void purge() {
        int purged = sessions.purgeEndedBefore(clock.instant().minus(Duration.ofDays(30)));
        if (purged > 0) {
            LOG.info("Purged {} device sessions that ended over 30 days ago", purged);
        }
    }

    private String issueRefreshToken(UUID sessionId, Instant now) {
        String token = RefreshTokens.newToken();
        tokens.save(new RefreshTokenRow(RefreshTokens.hash(token), sessionId, now, now.plus(refreshLifetime), null));
        return token;
    }
}
