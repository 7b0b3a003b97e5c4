package org.gridgov.grid.domain;

/** A grid cell's 15-digit code: its community's 12-digit code plus a 3-digit serial. */
public record GridCode(String value) implements Comparable<GridCode> {

    public GridCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("a grid code has 15 digits: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && value.length() == 15 && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    public static GridCode of(String communityCode, int serial) {
        return new GridCode(communityCode + String.format("%03d", serial));
    }

    public String communityCode() {
        return value.substring(0, 12);
    }

    public String townshipCode() {
        return value.substring(0, 9);
    }

    public String districtCode() {
        return value.substring(0, 6);
    }

    @Override
    public int compareTo(GridCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
