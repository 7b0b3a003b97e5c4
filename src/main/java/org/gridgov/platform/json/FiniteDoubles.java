package org.gridgov.platform.json;

import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * A number field takes a JSON number, and a finite one: {@code 1e400} parses as infinity, which
 * PostgreSQL stores but JSON cannot carry on (the outbox and every answer would break on it), and
 * the default reader also took {@code "36.7"} and {@code true}.
 */
@Singleton
@Order(Ordered.HIGHEST_PRECEDENCE)
public class FiniteDoubles implements Deserializer<Double> {

    @Override
    public Double deserialize(Decoder decoder, DecoderContext context, Argument<? super Double> type) throws IOException {
        Double value = deserializeNullable(decoder, context, type);
        if (value == null) {
            throw new RefusedJsonValue("must be a finite number");
        }
        return value;
    }

    @Override
    public Double deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super Double> type)
            throws IOException {
        if (decoder.decodeNull()) {
            return null;
        }
        if (!(decoder.decodeArbitrary() instanceof Number number) || !Double.isFinite(number.doubleValue())) {
            throw new RefusedJsonValue("must be a finite number");
        }
        return number.doubleValue();
    }
}
