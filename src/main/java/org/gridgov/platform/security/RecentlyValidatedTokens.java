package org.gridgov.platform.security;

import com.nimbusds.jwt.JWT;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.ReactiveJsonWebTokenValidator;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.gridgov.platform.security.session.SessionCheck;
import org.gridgov.platform.security.session.SessionClaims;
import org.reactivestreams.Publisher;

/**
 * Remembers the authentication of tokens validated moments ago. A phone sends the same bearer
 * token with every request of a shift; checking its signature and parsing its claims each time was
 * a sixth of the HTTP threads' work under load. A remembered answer is used only for the identical
 * token string and never after the token's own expiry or {@code gridgov.security.token-memory}
 * (60 s), so it grants nothing the signature check would not; a token never seen, or forged, goes
 * to the JWT validator as before. Whether the token's session still stands is asked of
 * {@link SessionCheck} on every use, remembered or not, so a logout or a revocation is not outlived
 * by this memory (only by the session check's few seconds).
 */
@Singleton
@Requires(property = "gridgov.security.token-memory", notEquals = "0s")
public class RecentlyValidatedTokens implements TokenValidator<HttpRequest<?>> {

    private static final int MAX_TOKENS = 10_000;

    private record Remembered(Authentication authentication, Instant until) {
    }

    private final ReactiveJsonWebTokenValidator<JWT, HttpRequest<?>> jwt;
    private final SessionCheck sessions;
    private final ExecutorService blocking;
    private final Duration memory;
    private final ConcurrentHashMap<String, Remembered> tokens = new ConcurrentHashMap<>();

    public RecentlyValidatedTokens(ReactiveJsonWebTokenValidator<JWT, HttpRequest<?>> jwt, SessionCheck sessions,
            @Named(TaskExecutors.BLOCKING) ExecutorService blocking,
            @Value("${gridgov.security.token-memory:60s}") Duration memory) {
        this.jwt = jwt;
        this.sessions = sessions;
        this.blocking = blocking;
        this.memory = memory;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        Instant now = Instant.now();
        Remembered remembered = tokens.get(token);
        if (remembered != null) {
            if (now.isBefore(remembered.until())) {
                return withLiveSession(token, remembered);
            }
            tokens.remove(token, remembered);
        }
        return Publishers.then(jwt.validateToken(token, request), authentication -> remember(token, authentication, now));
    }

    /** The session check answers from memory almost always; otherwise it asks the store off the event loop. */
    private Publisher<Authentication> withLiveSession(String token, Remembered remembered) {
        Map<String, Object> claims = remembered.authentication().getAttributes();
        Object subject = remembered.authentication().getName();
        Object session = claims.get(SessionClaims.SESSION);
        Object version = claims.get(SessionClaims.TOKEN_VERSION);
        Optional<Boolean> fromMemory = sessions.admitsFromMemory(subject, session, version);
        if (fromMemory.isPresent()) {
            return fromMemory.get() ? Publishers.just(remembered.authentication()) : forget(token, remembered);
        }
        return Publishers.fromCompletableFuture(() -> CompletableFuture.supplyAsync(() -> {
            if (sessions.admits(subject, session, version)) {
                return remembered.authentication();
            }
            tokens.remove(token, remembered);
            return null; // completes empty: no authentication
        }, blocking));
    }

    private Publisher<Authentication> forget(String token, Remembered remembered) {
        tokens.remove(token, remembered);
        return Publishers.empty();
    }

    private void remember(String token, Authentication authentication, Instant now) {
        Instant expiry = expiryOf(authentication);
        if (expiry == null) {
            return; // a token without an expiry is checked every time
        }
        Instant until = expiry.isBefore(now.plus(memory)) ? expiry : now.plus(memory);
        if (tokens.size() >= MAX_TOKENS) {
            tokens.clear(); // crude, but bounded; the next requests validate again
        }
        tokens.put(token, new Remembered(authentication, until));
    }

    private static Instant expiryOf(Authentication authentication) {
        Object exp = authentication.getAttributes().get("exp");
        if (exp instanceof Date date) {
            return date.toInstant();
        }
        if (exp instanceof Instant instant) {
            return instant;
        }
        if (exp instanceof Number seconds) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        return null;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
