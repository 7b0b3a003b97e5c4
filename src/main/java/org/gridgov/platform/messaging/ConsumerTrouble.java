package org.gridgov.platform.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the platform's Kafka consumers do when they cannot even poll (broker away, a port where no
 * broker answers, a protocol the node does not speak): each consumer waits longer after every
 * failure, doubling from {@code initial} up to {@code max}, and a repeated error is logged once per
 * {@code logInterval} with how often it happened. A consumer that has gone a while without failing
 * starts again from {@code initial}. Plain Java, so the timing rules are tested without Kafka.
 */
public final class ConsumerTrouble {

    private record Failing(Duration delay, Instant lastFailure) {
    }

    private static final class Repeats {
        private Instant lastLogged = Instant.EPOCH;
        private long sinceLogged;
    }

    private final Duration initial;
    private final Duration max;
    private final Duration logInterval;
    private final Clock clock;
    private final Map<Object, Failing> consumers = new ConcurrentHashMap<>();
    private final Map<String, Repeats> errors = new ConcurrentHashMap<>();
    private volatile String unrecoverable;

    public ConsumerTrouble(Duration initial, Duration max, Duration logInterval, Clock clock) {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max");
        }
        this.initial = initial;
        this.max = max;
        this.logInterval = logInterval;
        this.clock = clock;
    }

    /** Records a failed poll of {@code consumer}; returns how long it should wait before polling again. */
    public Duration failed(Object consumer) {
        Instant now = clock.instant();
        Failing next = consumers.compute(consumer, (key, before) -> {
            if (before == null || recovered(before, now)) {
                return new Failing(initial, now);
            }
            Duration doubled = before.delay().multipliedBy(2);
            return new Failing(doubled.compareTo(max) > 0 ? max : doubled, now);
        });
        return next.delay();
    }

    /**
     * Counts an occurrence of {@code error}; returns the count to log when the error was not logged
     * within the interval (the count includes this occurrence), and empty otherwise.
     */
    public Optional<Long> occurred(String error) {
        Instant now = clock.instant();
        Repeats repeats = errors.computeIfAbsent(error, key -> new Repeats());
        synchronized (repeats) {
            repeats.sinceLogged++;
            if (Duration.between(repeats.lastLogged, now).compareTo(logInterval) < 0) {
                return Optional.empty();
            }
            long count = repeats.sinceLogged;
            repeats.sinceLogged = 0;
            repeats.lastLogged = now;
            return Optional.of(count);
        }
    }

    /** True while some consumer failed recently enough that it has not shown it polls again. */
    public boolean anyFailing() {
        Instant now = clock.instant();
        return consumers.values().stream().anyMatch(failing -> !recovered(failing, now));
    }

    /**
     * Records an error a Kafka client does not get over within the process: once a node has answered
     * as something other than a broker (a KRaft controller's port, say), the consumer keeps refusing
     * the broker's APIs even after a broker answers at that address. Only a restart helps.
     */
    public void unrecoverable(String error) {
        unrecoverable = error;
    }

    /** The error that needs a restart of the process, if one happened. */
    public Optional<String> unrecoverable() {
        return Optional.ofNullable(unrecoverable);
    }

    public Duration logInterval() {
        return logInterval;
    }

    /** A consumer that polled for longer than twice its last wait (and a second) without a failure is well. */
    private boolean recovered(Failing failing, Instant now) {
        Duration quiet = failing.delay().multipliedBy(2).plusSeconds(1);
        return Duration.between(failing.lastFailure(), now).compareTo(quiet) > 0;
    }
}
