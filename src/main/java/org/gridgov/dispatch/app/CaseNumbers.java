package org.gridgov.dispatch.app;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;
import org.gridgov.dispatch.persistence.CaseStore;

/** Human-readable case numbers {@code ZB-<year>-<6-digit serial>} from a database sequence. */
@Singleton
public class CaseNumbers {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final CaseStore store;
    private final Clock clock;
    private final String prefix;

    public CaseNumbers(CaseStore store, Clock clock,
                       @Value("${gridgov.dispatch.case-number-prefix:ZB}") String prefix) {
        this.store = store;
        this.clock = clock;
        this.prefix = prefix;
    }

    public String next() {
        int year = clock.instant().atZone(CHINA).getYear();
        return "%s-%d-%06d".formatted(prefix, year, store.nextSerial() % 1_000_000);
    }
}
