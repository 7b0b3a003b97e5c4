package org.gridgov.platform.json;

import io.micronaut.serde.exceptions.InvalidFormatException;

/**
 * A JSON value the platform refuses while reading it, with a message meant for the client. Being
 * an {@link InvalidFormatException}, the serde wraps it once per enclosing property, which is how
 * the problem response learns the full field path ({@code location.lat}).
 */
public class RefusedJsonValue extends InvalidFormatException {

    private final String reason;

    public RefusedJsonValue(String reason) {
        super(reason, null, null);
        this.reason = reason;
    }

    /** The message for the client, without the decoder's position details. */
    public String reason() {
        return reason;
    }
}
