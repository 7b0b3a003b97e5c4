package org.gridgov.platform.messaging;

import java.util.regex.Pattern;

/** A service's outbox ({@code <schema>.outbox}), declared as a bean so that the relay publishes it. */
public record OutboxTable(String schema) {

    private static final Pattern SCHEMA = Pattern.compile("^[a-z][a-z0-9_]{0,30}$");

    public OutboxTable {
        if (!SCHEMA.matcher(schema).matches()) {
            throw new IllegalArgumentException("not a schema name: " + schema);
        }
    }

    String qualified() {
        return schema + ".outbox";
    }
}
