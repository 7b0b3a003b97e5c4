package org.gridgov.platform.json;

import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * No JSON string the platform reads may hold a NUL character: PostgreSQL text cannot store one,
 * so it would otherwise surface as a 500 at the first INSERT (and fail a whole group commit).
 */
@Singleton
@Order(Ordered.HIGHEST_PRECEDENCE)
public class NulFreeStrings implements Deserializer<String> {

    @Override
    public String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type) throws IOException {
        return checked(decoder.decodeString());
    }

    @Override
    public String deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super String> type)
            throws IOException {
        return decoder.decodeNull() ? null : checked(decoder.decodeString());
    }

    private static String checked(String text) throws RefusedJsonValue {
        if (text.indexOf('\0') >= 0) {
            throw new RefusedJsonValue("must not contain a NUL character");
        }
        return text;
    }
}
