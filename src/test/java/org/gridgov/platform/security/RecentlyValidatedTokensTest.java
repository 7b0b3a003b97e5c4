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
import java.util.concurrent.atomic.AtomicInteger;
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
        RecentlyValidatedTokens tokens = new RecentlyValidatedTokens(signatures, Duration.ofSeconds(60));

        assertThat(names(tokens, "good")).containsExactly("alice");
        assertThat(names(tokens, "good")).containsExactly("alice");
        assertThat(signatures.checks).hasValue(1);
    }

    @Test
    void anUnknownTokenIsNeverRememberedAndGetsNothing() {
        Signatures signatures = new Signatures(Map.of());
        RecentlyValidatedTokens tokens = new RecentlyValidatedTokens(signatures, Duration.ofSeconds(60));

        assertThat(names(tokens, "forged")).isEmpty();
        assertThat(names(tokens, "forged")).isEmpty();
        assertThat(signatures.checks).hasValue(2);
    }

    @Test
    void aTokenPastItsExpiryIsCheckedAgain() {
        Signatures signatures = new Signatures(Map.of("expired", user(Instant.now().minusSeconds(1))));
        RecentlyValidatedTokens tokens = new RecentlyValidatedTokens(signatures, Duration.ofSeconds(60));

        names(tokens, "expired");
        names(tokens, "expired");
        assertThat(signatures.checks).as("an expiry in the past is never remembered").hasValue(2);
    }

    @Test
    void rememberingLastsNoLongerThanTheConfiguredMemory() {
        Signatures signatures = new Signatures(Map.of("good", user(Instant.now().plusSeconds(3600))));
        RecentlyValidatedTokens tokens = new RecentlyValidatedTokens(signatures, Duration.ZERO.plusMillis(1));

        names(tokens, "good");
        sleep(5);
        names(tokens, "good");
        assertThat(signatures.checks).hasValue(2);
    }

    private static Authentication user(Instant expiry) {
        return Authentication.build("alice", List.of("ADMIN"), Map.of("exp", java.util.Date.from(expiry)));
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
