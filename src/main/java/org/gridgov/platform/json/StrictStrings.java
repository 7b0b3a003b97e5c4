package org.gridgov.platform.json;

import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * A JSON string field takes a JSON string: the default reader turned {@code 12} into "12" and
 * {@code ["a"]} into "a". And no string may hold a NUL character: PostgreSQL text cannot store
 * one, so it surfaced as a 500 at the first INSERT (and failed a whole group commit).
 */
@Singleton
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StrictStrings implements Deserializer<String> {

    @Override
    public String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type) throws IOException {
        String text = deserializeNullable(decoder, context, type);
        if (text == null) {
            throw new RefusedJsonValue("must be a string");
        }
        return text;
    }

    @Override
    public String deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super String> type)
            throws IOException {
        if (decoder.decodeNull()) {
            return null;
        }
        if (!(decoder.decodeArbitrary() instanceof String text)) {
            throw new RefusedJsonValue("must be a string");
        }
        if (text.indexOf('\0') >= 0) {
            throw new RefusedJsonValue("must not contain a NUL character");
        }
        return text;
    }
}
