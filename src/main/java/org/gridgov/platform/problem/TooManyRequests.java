package org.gridgov.platform.problem;

import java.time.Duration;
import java.util.List;

/** 429: the caller must wait; rendered with a {@code Retry-After} header in whole seconds. */
public class TooManyRequests extends Problem {

    private final long retryAfterSeconds;

    public TooManyRequests(String detail, Duration retryAfter) {
        this(detail, retryAfter, List.of());
    }

    public TooManyRequests(String detail, Duration retryAfter, List<FieldError> errors) {
        super(429, "Too Many Requests", detail, errors);
        this.retryAfterSeconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
