package org.gridgov.platform.messaging;

import io.micronaut.configuration.kafka.config.DefaultKafkaListenerExceptionHandlerConfiguration;
import io.micronaut.configuration.kafka.exceptions.DefaultKafkaListenerExceptionHandler;
import io.micronaut.configuration.kafka.exceptions.KafkaListenerException;
import io.micronaut.context.annotation.Replaces;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one error handler of every Kafka listener of the platform (it replaces Micronaut's default).
 * A failure with no record is a failed poll: a connection or protocol error. Micronaut would poll
 * again at once and log each failure, which against a port where no broker answers filled 10 GB of
 * log in 30 s. Here the consumer's thread waits, exponentially longer up to a cap, and a repeated
 * error is logged once per interval with its count ({@link ConsumerTrouble}). An address that
 * answers but not as a broker is named as such: the consumer cannot get over it without a restart
 * (see {@link ConsumerTrouble#unrecoverable}), while a broker that is merely away is waited for. A failure of one
 * record is left to Micronaut's handling (the listeners' error strategy and the inbox's DLQ).
 */
@Singleton
@Replaces(DefaultKafkaListenerExceptionHandler.class)
public class BackingOffListenerErrors extends DefaultKafkaListenerExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(BackingOffListenerErrors.class);
    private static final String NOT_A_BROKER = " The address in kafka.bootstrap.servers answers, but not as a Kafka"
            + " broker (a KRaft controller's port?). Correct the address and restart the process: its consumers do not"
            + " recover by themselves.";

    private final ConsumerTrouble trouble;
    private final CountDownLatch closing = new CountDownLatch(1);

    public BackingOffListenerErrors(DefaultKafkaListenerExceptionHandlerConfiguration config, ConsumerTrouble trouble) {
        super(config);
        this.trouble = trouble;
    }

    @Override
    public void handle(KafkaListenerException exception) {
        if (exception.getConsumerRecord().isPresent() || exception.getConsumerRecords().isPresent()) {
            super.handle(exception);
            return;
        }
        Duration wait = trouble.failed(exception.getKafkaConsumer() == null ? Thread.currentThread() : exception.getKafkaConsumer());
        Throwable cause = rootCause(exception);
        String error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        boolean notABroker = cause instanceof UnsupportedVersionException;
        if (notABroker) {
            trouble.unrecoverable(error);
        }
        String advice = notABroker ? NOT_A_BROKER : "";
        trouble.occurred(error).ifPresent(count -> LOG.error(
                "Kafka consumers cannot poll ({} times in the last {} s; waiting up to {} ms between polls): {}.{}",
                count, trouble.logInterval().toSeconds(), wait.toMillis(), error, advice));
        try {
            // wakes early when the application stops, so that shutdown does not wait out the backoff
            closing.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void close() {
        closing.countDown();
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
