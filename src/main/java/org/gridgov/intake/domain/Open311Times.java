package org.gridgov.intake.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Date-times as GeoReport v2 clients read and write them. Written in the jurisdiction's own offset
 * and without fractional seconds: the Java client parses only {@code yyyy-MM-ddTHH:mm:ss±hh:mm} and
 * drops anything else. Read as W3C date-times with or without seconds, fractions or offset (the
 * jurisdiction's time then), as a complete date, and with a {@code +} offset that arrived as a space
 * because a client did not percent-encode it in the query.
 */
public record Open311Times(ZoneId zone) {

    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
    private static final Pattern DECODED_PLUS = Pattern.compile("(T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?) (\\d{2}(?::?\\d{2})?)$");

    public static final Open311Times CHINA = new Open311Times(ZoneId.of("Asia/Shanghai"));

    public String format(Instant instant) {
        return instant == null ? null : WRITTEN.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
    }

    /** Where a {@code start_date} begins: a complete date means the start of that day here. */
    public Optional<Instant> parseStart(String text) {
        return parse(text, false);
    }

    /** Where an {@code end_date} ends (exclusive): a complete date means the whole of that day here. */
    public Optional<Instant> parseEnd(String text) {
        return parse(text, true);
    }

    private Optional<Instant> parse(String text, boolean endOfDay) {
        String value = DECODED_PLUS.matcher(text.strip()).replaceFirst("$1+$2");
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return Optional.of((endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant());
            }
            if (value.endsWith("Z") || value.matches(".*[+-]\\d{2}(:?\\d{2})?$")) {
                return Optional.of(OffsetDateTime.parse(withColonInOffset(value)).toInstant());
            }
            return Optional.of(LocalDateTime.parse(value).atZone(zone).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** {@code +0800} and {@code +08} are ISO 8601 offsets too; java.time's parser wants {@code +08:00}. */
    private static String withColonInOffset(String value) {
        if (value.endsWith("Z")) {
            return value;
        }
        int sign = Math.max(value.lastIndexOf('+'), value.lastIndexOf('-'));
        String offset = value.substring(sign + 1);
        if (offset.length() == 4 && !offset.contains(":")) {
            return value.substring(0, sign + 1) + offset.substring(0, 2) + ":" + offset.substring(2);
        }
        if (offset.length() == 2) {
            return value + ":00";
        }
        return value;
    }
}
