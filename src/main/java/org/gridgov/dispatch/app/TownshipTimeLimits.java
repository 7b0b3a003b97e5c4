package org.gridgov.dispatch.app;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridgov.dispatch.domain.LimitUnit;
import org.gridgov.dispatch.domain.PhaseLimits;
import org.gridgov.dispatch.domain.TimeLimit;

/**
 * The township's own time limits, per city like the categories' limits, so they are settings:
 * {@code gridgov.dispatch.verification-limit} (核查时限, resolution → verification) and
 * {@code gridgov.dispatch.closing-limit} (结案时限, verification → close), each "{@code <n> <unit>}"
 * with unit {@code working_day}, {@code working_hour} or {@code calendar_hour}; one working day each
 * by default. A limit applies to the phases that start after it is set. A bad value stops the start.
 */
@Factory
class TownshipTimeLimits {

    private static final Pattern LIMIT = Pattern.compile("\\s*([0-9]{1,4})\\s+(working_day|working_hour|calendar_hour)\\s*");

    @Singleton
    PhaseLimits phaseLimits(@Value("${gridgov.dispatch.verification-limit:1 working_day}") String verification,
                            @Value("${gridgov.dispatch.closing-limit:1 working_day}") String closing) {
        return new PhaseLimits(parse("gridgov.dispatch.verification-limit", verification),
                parse("gridgov.dispatch.closing-limit", closing));
    }

    static TimeLimit parse(String property, String text) {
        Matcher m = LIMIT.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        if (!m.matches() || Integer.parseInt(m.group(1)) < 1) {
            throw new IllegalArgumentException(property + " must be '<n> working_day|working_hour|calendar_hour' with n >= 1, not '"
                    + text + "'");
        }
        return new TimeLimit(Integer.parseInt(m.group(1)), LimitUnit.valueOf(m.group(2).toUpperCase(Locale.ROOT)));
    }
}
