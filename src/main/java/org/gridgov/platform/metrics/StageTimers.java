package org.gridgov.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The timers of the stages a report passes through (intake's commit, the outbox relay, each
 * consumer), all built alike: seconds with {@code _count}, {@code _sum} and {@code _max} in
 * {@code /prometheus}, and, with {@code gridgov.metrics.histograms=true}, the
 * {@code _bucket} series of a Prometheus histogram, which can be aggregated across instances
 * ({@code histogram_quantile}). Histograms are off by default: each timer would carry some 70
 * buckets per topic and consumer. Tags are low-cardinality names (topic, consumer group, service),
 * never ids.
 */
@Singleton
public class StageTimers {

    private final MeterRegistry meters;
    private final boolean histograms;

    /** Timers by name and tags: they are asked for once per record, and building one is not free. */
    private final Map<List<String>, Timer> built = new ConcurrentHashMap<>();

    public StageTimers(MeterRegistry meters, @Value("${gridgov.metrics.histograms:false}") boolean histograms) {
        this.meters = meters;
        this.histograms = histograms;
    }

    /** The timer named {@code name} with these tags (key, value, …); the registry keeps one per tag set. */
    public Timer timer(String name, String description, String... tags) {
        List<String> key = new ArrayList<>(tags.length + 1);
        key.add(name);
        key.addAll(Arrays.asList(tags));
        return built.computeIfAbsent(key, k -> build(name, description, tags));
    }

    private Timer build(String name, String description, String... tags) {
        return Timer.builder(name).description(description).tags(tags)
                .publishPercentileHistogram(histograms)
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofMinutes(10))
                .register(meters);
    }
}
