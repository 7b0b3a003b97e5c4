package org.gridgov.platform.json;

import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * A JSON boolean is {@code true} or {@code false}, nothing else. The default reader turns the
 * string {@code "yes"} into {@code false}, so {@code "enabled":"yes"} disabled a user and
 * {@code "passed":"yes"} failed a verification.
 */
@Singleton
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StrictBooleans implements Deserializer<Boolean> {

    @Override
    public Boolean deserialize(Decoder decoder, DecoderContext context, Argument<? super Boolean> type) throws IOException {
        Boolean value = deserializeNullable(decoder, context, type);
        if (value == null) {
            throw new RefusedJsonValue("must be true or false");
        }
        return value;
    }

    @Override
    public Boolean deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super Boolean> type)
            throws IOException {
        if (decoder.decodeNull()) {
            return null;
        }
        if (decoder.decodeArbitrary() instanceof Boolean value) {
            return value;
        }
        throw new RefusedJsonValue("must be true or false");
    }
}
