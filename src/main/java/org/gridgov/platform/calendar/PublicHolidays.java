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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Public holidays and adjusted working days as data. Holiday schedules are decided every year by the
 * State Council, so they can never be computed; they are read from a CSV of {@code date,kind,name}
 * rows ({@code kind} is {@code holiday} or {@code workday}); lines starting with {@code #} are notes,
 * except {@code # notice <year>: <text>}, which names the notice a year's rows come from.
 *
 * <p>The table knows which years it covers. A year it does not cover has no published schedule yet:
 * its dates follow the weekly rule, and deadlines that reach it are flagged (see
 * {@link WorkingCalendar#missingYears}). A covered year may have no entries at all.
 */
public final class PublicHolidays {

    /** The bundled table of China's national schedule; see the notes at the top of the file. */
    public static final String CHINA_RESOURCE = "/calendar/cn-holidays.csv";

    private static final Pattern NOTICE = Pattern.compile("#\\s*notice\\s+(\\d{4})\\s*:\\s*(.+)");

    private final Map<LocalDate, CalendarDay> days;
    private final Set<Integer> years;
    private final Map<Integer, String> notices;

    private PublicHolidays(Map<LocalDate, CalendarDay> days, Set<Integer> years, Map<Integer, String> notices) {
        this.days = Collections.unmodifiableMap(new TreeMap<>(days));
        TreeSet<Integer> covered = new TreeSet<>(years);
        days.keySet().forEach(date -> covered.add(date.getYear()));
        this.years = Collections.unmodifiableSet(covered);
        this.notices = Collections.unmodifiableMap(new TreeMap<>(notices));
    }

    public static PublicHolidays none() {
        return new PublicHolidays(Map.of(), Set.of(), Map.of());
    }

    /** A table covering the years its days fall in. */
    public static PublicHolidays of(Collection<CalendarDay> days) {
        return of(days, Set.of(), Map.of());
    }

    /** A table covering {@code years} as well as the years its days fall in. */
    public static PublicHolidays of(Collection<CalendarDay> days, Set<Integer> years, Map<Integer, String> notices) {
        Map<LocalDate, CalendarDay> byDate = new TreeMap<>();
        for (CalendarDay day : days) {
            if (byDate.putIfAbsent(day.date(), day) != null) {
                throw new IllegalArgumentException("date listed twice: " + day.date());
            }
        }
        return new PublicHolidays(byDate, years, notices);
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
        Map<Integer, String> notices = new TreeMap<>();
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String trimmed = line.strip();
            Matcher notice = NOTICE.matcher(trimmed);
            if (notice.matches()) {
                notices.put(Integer.parseInt(notice.group(1)), notice.group(2).strip());
                continue;
            }
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("date,")) {
                continue;
            }
            CalendarDay day = parseRow(trimmed, number);
            if (byDate.putIfAbsent(day.date(), day) != null) {
                throw new IllegalArgumentException("line " + number + ": date listed twice: " + day.date());
            }
        }
        return new PublicHolidays(byDate, notices.keySet(), notices);
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

    /** The years whose schedule is known; callers warn when a year they need is missing. */
    public Set<Integer> years() {
        return years;
    }

    public boolean covers(int year) {
        return years.contains(year);
    }

    /** The notice a year's schedule comes from, as the table names it ({@code ""} when it does not). */
    public String notice(int year) {
        return notices.getOrDefault(year, "");
    }

    public Collection<CalendarDay> days() {
        return days.values();
    }

    /** The entries of one year, in date order. */
    public List<CalendarDay> daysOf(int year) {
        return days.values().stream().filter(day -> day.date().getYear() == year).toList();
    }
}
