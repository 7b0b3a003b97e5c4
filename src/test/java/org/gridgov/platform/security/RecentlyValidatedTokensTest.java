package org.gridgov.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWT;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.ReactiveJsonWebTokenValidator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridgov.platform.security.session.SessionCheck;
import org.gridgov.platform.security.session.SessionClaims;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

class RecentlyValidatedTokensTest {

    /** Stands in for the JWT check: knows which tokens are genuine and counts how often it is asked. */
    static final class Signatures implements ReactiveJsonWebTokenValidator<JWT, HttpRequest<?>> {
        final Map<String, Authentication> genuine;
        final AtomicInteger checks = new AtomicInteger();

        Signatures(Map<String, Authentication> genuine) {
            this.genuine = genuine;
        }

        @Override
        public Publisher<JWT> validate(String token, HttpRequest<?> request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
            checks.incrementAndGet();
            Authentication authentication = genuine.get(token);
            return authentication == null ? Publishers.empty() : Publishers.just(authentication);
        }
    }

    @Test
    void aGenuineTokenIsCheckedOnceThenRemembered() {
        Signatures signatures = new Signatures(Map.of("good", user(Instant.now().plusSeconds(3600))));
        RecentlyValidatedTokens tokens = remembering(signatures, Duration.ofSeconds(60));

        assertThat(names(tokens, "good")).containsExactly("alice");
        assertThat(names(tokens, "good")).containsExactly("alice");
        assertThat(signatures.checks).hasValue(1);
    }

    @Test
    void anUnknownTokenIsNeverRememberedAndGetsNothing() {
        Signatures signatures = new Signatures(Map.of());
        RecentlyValidatedTokens tokens = remembering(signatures, Duration.ofSeconds(60));

        assertThat(names(tokens, "forged")).isEmpty();
        assertThat(names(tokens, "forged")).isEmpty();
        assertThat(signatures.checks).hasValue(2);
    }

    @Test
    void aTokenPastItsExpiryIsCheckedAgain() {
        Signatures signatures = new Signatures(Map.of("expired", user(Instant.now().minusSeconds(1))));
        RecentlyValidatedTokens tokens = remembering(signatures, Duration.ofSeconds(60));

        names(tokens, "expired");
        names(tokens, "expired");
        assertThat(signatures.checks).as("an expiry in the past is never remembered").hasValue(2);
    }

    @Test
    void rememberingLastsNoLongerThanTheConfiguredMemory() {
        Signatures signatures = new Signatures(Map.of("good", user(Instant.now().plusSeconds(3600))));
        RecentlyValidatedTokens tokens = remembering(signatures, Duration.ZERO.plusMillis(1));

        names(tokens, "good");
        sleep(5);
        names(tokens, "good");
        assertThat(signatures.checks).hasValue(2);
    }

    @Test
    void aRememberedTokenStopsOpeningDoorsWhenItsSessionEnds() {
        Signatures signatures = new Signatures(Map.of("good", user(Instant.now().plusSeconds(3600))));
        RecentlyValidatedTokens tokens = remembering(signatures, Duration.ofSeconds(60));
        assertThat(names(tokens, "good")).containsExactly("alice");

        sessions.put(SESSION, new SessionCheck.State("alice", 0, false));

        assertThat(names(tokens, "good")).isEmpty();
        assertThat(signatures.checks).as("answered without a second signature check").hasValue(1);
    }

    @Test
    void aRememberedTokenStopsOpeningDoorsWhenItsSessionsTokenVersionMovesOn() {
        Signatures signatures = new Signatures(Map.of("good", user(Instant.now().plusSeconds(3600))));
        RecentlyValidatedTokens tokens = remembering(signatures, Duration.ofSeconds(60));
        assertThat(names(tokens, "good")).containsExactly("alice");

        sessions.put(SESSION, new SessionCheck.State("alice", 1, true));

        assertThat(names(tokens, "good")).isEmpty();
    }

    private static final UUID SESSION = UUID.randomUUID();
    /** The session store as the check sees it; a session check that never remembers. */
    private final Map<UUID, SessionCheck.State> sessions = new ConcurrentHashMap<>(
            Map.of(SESSION, new SessionCheck.State("alice", 0, true)));

    private RecentlyValidatedTokens remembering(Signatures signatures, Duration memory) {
        SessionCheck check = new SessionCheck(id -> Optional.ofNullable(sessions.get(id)), Duration.ZERO);
        return new RecentlyValidatedTokens(signatures, check, new InThisThread(), memory);
    }

    private static Authentication user(Instant expiry) {
        return Authentication.build("alice", List.of("ADMIN"), Map.of("exp", java.util.Date.from(expiry),
                SessionClaims.SESSION, SESSION.toString(), SessionClaims.TOKEN_VERSION, 0));
    }

    /** Runs the session look-up in the caller's thread, so that the answer is there when validateToken returns. */
    private static final class InThisThread extends AbstractExecutorService {
        @Override
        public void execute(Runnable command) {
            command.run();
        }

        @Override
        public void shutdown() {
        }

        @Override
        public List<Runnable> shutdownNow() {
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }

    private static List<String> names(RecentlyValidatedTokens tokens, String token) {
        List<String> names = new ArrayList<>();
        tokens.validateToken(token, null).subscribe(new Subscriber<>() {
            @Override
            public void onSubscribe(Subscription s) {
                s.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(Authentication authentication) {
                names.add(authentication.getName());
            }

            @Override
            public void onError(Throwable t) {
                throw new AssertionError(t);
            }

            @Override
            public void onComplete() {
            }
        });
        return names;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
