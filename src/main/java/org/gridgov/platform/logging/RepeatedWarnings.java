package org.gridgov.platform.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import ch.qos.logback.core.util.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.slf4j.Marker;

/**
 * Lets a repeated warning of a library through once per interval. A Kafka client whose broker is
 * away warns on every reconnect attempt, about once a second per client and a dozen clients per
 * platform: hundreds of lines a minute that say nothing the platform does not already say once per
 * interval and in {@code /health}. A warning counts as repeated when its logger and its message
 * pattern (before the arguments, so a client's own prefix still tells clients apart) are the same;
 * errors always pass. Configured in {@code logback.xml} with the logger-name prefixes it applies to.
 */
public class RepeatedWarnings extends TurboFilter {

    private final List<String> loggerPrefixes = new ArrayList<>();
    private final Map<String, Long> quietUntil = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;
    private long intervalNanos = java.time.Duration.ofSeconds(30).toNanos();

    public RepeatedWarnings() {
        this(System::nanoTime);
    }

    RepeatedWarnings(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** A logger-name prefix, e.g. {@code org.apache.kafka}; the element may be given several times. */
    public void addLogger(String prefix) {
        loggerPrefixes.add(prefix.trim());
    }

    public void setInterval(Duration interval) {
        intervalNanos = interval.getMilliseconds() * 1_000_000L;
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level == null || format == null || level.isGreaterOrEqual(Level.ERROR) || !level.isGreaterOrEqual(Level.WARN)
                || !applies(logger.getName())) {
            return FilterReply.NEUTRAL;
        }
        long now = nanoTime.getAsLong();
        String key = logger.getName() + '|' + format;
        Long until = quietUntil.get(key);
        if (until != null && now - until < 0) {
            return FilterReply.DENY;
        }
        // two threads at the same moment: one of them wins, the other is quiet
        boolean first = until == null ? quietUntil.putIfAbsent(key, now + intervalNanos) == null
                : quietUntil.replace(key, until, now + intervalNanos);
        return first ? FilterReply.NEUTRAL : FilterReply.DENY;
    }

    private boolean applies(String loggerName) {
        for (String prefix : loggerPrefixes) {
            if (loggerName.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
