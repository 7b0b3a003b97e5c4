package org.gridgov.platform.json;

import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * A JSON number read as a double must be finite: {@code 1e400} parses as infinity, which
 * PostgreSQL stores but JSON cannot carry on (the outbox and every answer would break on it).
 */
@Singleton
@Order(Ordered.HIGHEST_PRECEDENCE)
public class FiniteDoubles implements Deserializer<Double> {

    @Override
    public Double deserialize(Decoder decoder, DecoderContext context, Argument<? super Double> type) throws IOException {
        return checked(decoder.decodeDouble());
    }

    @Override
    public Double deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super Double> type)
            throws IOException {
        return decoder.decodeNull() ? null : checked(decoder.decodeDouble());
    }

    private static double checked(double value) throws RefusedJsonValue {
        if (!Double.isFinite(value)) {
            throw new RefusedJsonValue("must be a finite number");
        }
        return value;
    }
}
