package org.gridgov.platform.problem;

import java.time.Duration;
import java.util.List;

/** 429: the caller must wait; rendered with a {@code Retry-After} header in whole seconds. */
public class TooManyRequests extends Problem {

    private final long retryAfterSeconds;

    public TooManyRequests(String detail, Duration retryAfter) {
        super(429, "Too Many Requests", detail, List.of());
        this.retryAfterSeconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
