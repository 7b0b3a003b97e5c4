package org.gridgov.platform.messaging;

/** A message that can never be processed, however often it is tried: it goes to the DLQ at once. */
public class PoisonMessage extends RuntimeException {

    public PoisonMessage(String message) {
        super(message);
    }

    public PoisonMessage(String message, Throwable cause) {
        super(message, cause);
    }
}
