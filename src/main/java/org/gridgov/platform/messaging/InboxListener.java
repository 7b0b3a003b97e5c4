package org.gridgov.platform.messaging;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.context.annotation.AliasFor;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Kafka listener whose records go through a {@link ServiceInbox}, with the one error strategy
 * every such listener needs. A new consumer group starts at the earliest offset; the offset is
 * committed synchronously after each record (after each poll for a {@link #batch} listener). The inbox retries, dead-letters and acknowledges by
 * itself and throws only when it cannot do its work for reasons outside the message (the database
 * or the broker is away): the record is then retried every two seconds for as long as that lasts.
 * Micronaut skips a record once its retries are spent, and a skipped record is lost: with 1,000
 * retries a database outage of 33 minutes lost one record per partition, so the count is the
 * largest there is (a retry every 2 s for 136 years).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@KafkaListener(offsetReset = OffsetReset.EARLIEST, offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryCount = Integer.MAX_VALUE, retryDelay = "2s"))
public @interface InboxListener {

    /** The consumer group; pass the same name to {@link ServiceInbox#process}. */
    @AliasFor(annotation = KafkaListener.class, member = "groupId")
    String value();

    /**
     * Whether the listener takes a whole poll ({@code ConsumerRecords}) and hands it to
     * {@link ServiceInbox#processBatch}: the offsets are then committed after the poll, and a poll
     * that fails is sought back and delivered again whole.
     */
    @AliasFor(annotation = KafkaListener.class, member = "batch")
    boolean batch() default false;

    /** Consumer threads of this listener in one process, e.g. a property placeholder. */
    @AliasFor(annotation = KafkaListener.class, member = "threadsValue")
    String threads() default "";
}
