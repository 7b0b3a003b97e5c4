package org.gridgov.registry.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A selection round's half-year, written {@code 2018H1} (January–June) or {@code 2018H2}. */
public record HalfYear(int year, int half) implements Comparable<HalfYear> {

    public static final String PATTERN = "^\\d{4}H[12]$";
    private static final Pattern FORMAT = Pattern.compile("^(\\d{4})H([12])$");

    public HalfYear {
        if (year < 1949 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (half != 1 && half != 2) {
            throw new IllegalArgumentException("half must be 1 or 2: " + half);
        }
    }

    public static HalfYear parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("a half-year is written like 2018H1, not '" + text + "'");
        }
        return new HalfYear(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    public boolean isWithin(HalfYear from, HalfYear to) {
        return compareTo(from) >= 0 && compareTo(to) <= 0;
    }

    @Override
    public int compareTo(HalfYear other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(half, other.half);
    }

    @Override
    public String toString() {
        return year + "H" + half;
    }
}
