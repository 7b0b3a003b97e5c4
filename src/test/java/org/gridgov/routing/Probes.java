package org.gridgov.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gridgov.support.TopicProbe;

/**
 * Waits for a message through {@link TopicProbe#drain}, which keeps every record it reads; several
 * decisions often arrive in one poll, and each of them may be awaited later.
 */
final class Probes {

    private Probes() {
    }

    static ConsumerRecord<String, String> await(TopicProbe probe, Predicate<String> matching, Duration timeout) {
        Instant until = Instant.now().plus(timeout);
        int seen;
        do {
            var records = probe.drain(Duration.ofMillis(200));
            seen = records.size();
            for (ConsumerRecord<String, String> record : records) {
                if (record.value() != null && matching.test(record.value())) {
                    return record;
                }
            }
        } while (Instant.now().isBefore(until));
        throw new AssertionError("no matching message within " + timeout + "; saw " + seen + " other(s)");
    }
}
