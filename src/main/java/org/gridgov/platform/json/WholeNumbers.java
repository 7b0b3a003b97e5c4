package org.gridgov.platform.json;

import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * An integer field takes a JSON number without a fraction that fits an int: the default reader
 * turned {@code true} into 1 (a supervision record was stored from {@code "tasksCompleted":true})
 * and {@code 2.5} into 2.
 */
@Singleton
@Order(Ordered.HIGHEST_PRECEDENCE)
public class WholeNumbers implements Deserializer<Integer> {

    @Override
    public Integer deserialize(Decoder decoder, DecoderContext context, Argument<? super Integer> type) throws IOException {
        Integer value = deserializeNullable(decoder, context, type);
        if (value == null) {
            throw new RefusedJsonValue("must be a whole number");
        }
        return value;
    }

    @Override
    public Integer deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super Integer> type)
            throws IOException {
        if (decoder.decodeNull()) {
            return null;
        }
        if (!(decoder.decodeArbitrary() instanceof Number number)) {
            throw new RefusedJsonValue("must be a whole number");
        }
        try {
            return new BigDecimal(number.toString()).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new RefusedJsonValue("must be a whole number between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE);
        }
    }
}
