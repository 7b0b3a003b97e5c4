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
 * committed synchronously after each record. The inbox retries, dead-letters and acknowledges by
 * itself and throws only when it cannot even write the dead letter (the broker is away): the
 * record is then retried every two seconds rather than skipped, because the default strategy
 * would move past it and lose it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@KafkaListener(offsetReset = OffsetReset.EARLIEST, offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryCount = 1000, retryDelay = "2s"))
public @interface InboxListener {

    /** The consumer group; pass the same name to {@link ServiceInbox#process}. */
    @AliasFor(annotation = KafkaListener.class, member = "groupId")
    String value();

    /** Consumer threads of this listener in one process, e.g. a property placeholder. */
    @AliasFor(annotation = KafkaListener.class, member = "threadsValue")
    String threads() default "";
}
