package org.gridgov.platform.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Public holidays and adjusted working days as data. Holiday schedules are decided every year by the
 * State Council, so they can never be computed; they are read from a CSV of {@code date,kind,name}
 * rows ({@code kind} is {@code holiday} or {@code workday}); lines starting with {@code #} are notes.
 */
public final class PublicHolidays {

    /** The bundled table of China's national schedule; see the notes at the top of the file. */
    public static final String CHINA_RESOURCE = "/calendar/cn-holidays.csv";

    private final Map<LocalDate, CalendarDay> days;

    private PublicHolidays(Map<LocalDate, CalendarDay> days) {
        this.days = Collections.unmodifiableMap(new TreeMap<>(days));
    }

    public static PublicHolidays none() {
        return new PublicHolidays(Map.of());
    }

    public static PublicHolidays of(Collection<CalendarDay> days) {
        Map<LocalDate, CalendarDay> byDate = new TreeMap<>();
        for (CalendarDay day : days) {
            if (byDate.putIfAbsent(day.date(), day) != null) {
                throw new IllegalArgumentException("date listed twice: " + day.date());
            }
        }
        return new PublicHolidays(byDate);
    }

    /** China's national schedule shipped with the application. */
    public static PublicHolidays china() {
        InputStream in = PublicHolidays.class.getResourceAsStream(CHINA_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + CHINA_RESOURCE);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code date,kind,name} rows; a malformed row is refused with its line number. */
    public static PublicHolidays parse(Reader csv) throws IOException {
        BufferedReader lines = new BufferedReader(csv);
        Map<LocalDate, CalendarDay> byDate = new TreeMap<>();
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("date,")) {
                continue;
            }
            CalendarDay day = parseRow(trimmed, number);
            if (byDate.putIfAbsent(day.date(), day) != null) {
                throw new IllegalArgumentException("line " + number + ": date listed twice: " + day.date());
            }
        }
        return new PublicHolidays(byDate);
    }

    private static CalendarDay parseRow(String row, int number) {
        String[] cells = row.split(",", 3);
        if (cells.length < 2) {
            throw new IllegalArgumentException("line " + number + ": expected date,kind,name but got: " + row);
        }
        try {
            LocalDate date = LocalDate.parse(cells[0].strip());
            DayKind kind = DayKind.valueOf(cells[1].strip().toUpperCase(Locale.ROOT));
            return new CalendarDay(date, kind, cells.length > 2 ? cells[2].strip() : "");
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "line " + number + ": kind must be holiday or workday and date ISO yyyy-MM-dd: " + row, e);
        }
    }

    public Optional<DayKind> kindOf(LocalDate date) {
        return Optional.ofNullable(days.get(date)).map(CalendarDay::kind);
    }

    public Optional<CalendarDay> entry(LocalDate date) {
        return Optional.ofNullable(days.get(date));
    }

    /** The years the table has entries for; callers may warn when the current year is missing. */
    public Set<Integer> years() {
        Set<Integer> years = new TreeSet<>();
        days.keySet().forEach(date -> years.add(date.getYear()));
        return years;
    }

    public Collection<CalendarDay> days() {
        return days.values();
    }
}
