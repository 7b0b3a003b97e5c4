package org.gridgov.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import ch.qos.logback.core.util.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RepeatedWarningsTest {

    private static final String RECONNECT = "[AdminClient clientId=adminclient-1] Connection to node {} ({}) could not be "
            + "established. Node may not be available.";

    private final AtomicLong now = new AtomicLong(1_000);
    private final RepeatedWarnings filter = new RepeatedWarnings(now::get);
    private final LoggerContext context = new LoggerContext();
    private final Logger kafka = context.getLogger("org.apache.kafka.clients.NetworkClient");
    private final Logger ours = context.getLogger("org.gridgov.platform.messaging.OutboxRelay");

    RepeatedWarningsTest() {
        filter.addLogger("org.apache.kafka");
        filter.setInterval(Duration.buildBySeconds(30));
    }

    @Test
    void aRepeatedWarningPassesOncePerIntervalPerPattern() {
        assertThat(decide(kafka, Level.WARN, RECONNECT)).isEqualTo(FilterReply.NEUTRAL);
        seconds(1);
        assertThat(decide(kafka, Level.WARN, RECONNECT)).isEqualTo(FilterReply.DENY);
        seconds(28);
        assertThat(decide(kafka, Level.WARN, RECONNECT)).isEqualTo(FilterReply.DENY);
        assertThat(decide(kafka, Level.WARN, RECONNECT.replace("adminclient-1", "producer-1")))
                .as("another client's own prefix").isEqualTo(FilterReply.NEUTRAL);
        seconds(2);
        assertThat(decide(kafka, Level.WARN, RECONNECT)).as("after 31 s").isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide(kafka, Level.WARN, RECONNECT)).isEqualTo(FilterReply.DENY);
    }

    @Test
    void errorsInfoAndOtherLoggersAreLeftAlone() {
        for (int i = 0; i < 3; i++) {
            assertThat(decide(kafka, Level.ERROR, RECONNECT)).isEqualTo(FilterReply.NEUTRAL);
            assertThat(decide(kafka, Level.INFO, "Node {} disconnected.")).isEqualTo(FilterReply.NEUTRAL);
            assertThat(decide(ours, Level.WARN, "Outbox {} not published yet, will retry: {}")).isEqualTo(FilterReply.NEUTRAL);
        }
    }

    private FilterReply decide(Logger logger, Level level, String format) {
        return filter.decide(null, logger, level, format, new Object[] {"-1", "/127.0.0.1:9092"}, null);
    }

    private void seconds(long seconds) {
        now.addAndGet(seconds * 1_000_000_000L);
    }
}
