package org.gridgov.grid.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks a divisions file against the areas already known. Rows are taken top-down by tier so a
 * file need not be sorted; a row is refused for an unknown level, a code whose length or form does
 * not fit its level, a code outside its parent, a duplicate code, or a parent that is neither known nor in
 * the file. Nothing here knows any particular city.
 */
public final class DivisionsImport {

    private final Function<String, Optional<Area>> existing;

    public DivisionsImport(Function<String, Optional<Area>> existing) {
        this.existing = existing;
    }

    public DivisionsImportReport check(List<DivisionRow> rows) {
        List<Area> added = new ArrayList<>();
        List<Area> updated = new ArrayList<>();
        List<DivisionsImportReport.Rejection> rejected = new ArrayList<>();
        Map<String, Area> accepted = new HashMap<>();
        Set<String> seen = new HashSet<>();
        List<DivisionRow> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparingInt(DivisionsImport::tierOf).thenComparingInt(DivisionRow::line));
        for (DivisionRow row : ordered) {
            String code = trim(row.code());
            if (!code.isEmpty() && !seen.add(code)) {
                rejected.add(new DivisionsImportReport.Rejection(row.line(), code, "duplicate code"));
                continue;
            }
            Optional<String> problem = problemWith(row, code, accepted);
            if (problem.isPresent()) {
                rejected.add(new DivisionsImportReport.Rejection(row.line(), code, problem.get()));
                continue;
            }
            AreaLevel level = AreaLevel.parse(row.level()).orElseThrow();
            String parent = trim(row.parentCode());
            Optional<Area> known = existing.apply(code);
            Area area;
            if (known.isEmpty()) {
                area = new Area(code, trim(row.name()), level, parent.isEmpty() ? null : parent, null);
                added.add(area);
            } else {
                area = known.get().withNameAndParent(trim(row.name()), parent.isEmpty() ? null : parent);
                if (!area.equals(known.get())) {
                    updated.add(area);
                }
            }
            accepted.put(code, area);
        }
        rejected.sort(Comparator.comparingInt(DivisionsImportReport.Rejection::line));
        return new DivisionsImportReport(added, updated, rejected);
    }

    private Optional<String> problemWith(DivisionRow row, String code, Map<String, Area> accepted) {
        Optional<AreaLevel> level = AreaLevel.parse(row.level());
        if (level.isEmpty()) {
            return Optional.of("unknown level '" + trim(row.level()) + "'");
        }
        if (code.length() != level.get().codeLength() || !code.chars().allMatch(Character::isDigit)) {
            return Optional.of("bad code length for the level: " + level.get().wireName() + " needs "
                    + level.get().codeLength() + " digits");
        }
        if (!level.get().hasTheFormOf(code)) {
            return Optional.of("code " + code + " does not have the form of a " + level.get().wireName() + " code");
        }
        if (trim(row.name()).isEmpty()) {
            return Optional.of("name is empty");
        }
        Optional<Area> known = existing.apply(code);
        if (known.isPresent() && known.get().level() != level.get()) {
            return Optional.of("level differs from the existing area (" + known.get().level().wireName() + ")");
        }
        String parentCode = trim(row.parentCode());
        if (!parentCode.isEmpty() && (!parentCode.chars().allMatch(Character::isDigit)
                || (parentCode.length() != 6 && parentCode.length() != 9 && parentCode.length() != 12))) {
            return Optional.of("bad parent code '" + parentCode + "'");
        }
        Optional<AreaLevel> parentLevel = level.get().parentLevel();
        if (parentLevel.isEmpty()) {
            return Optional.empty();
        }
        Optional<Area> parent = Optional.ofNullable(accepted.get(parentCode)).or(() -> existing.apply(parentCode));
        if (parent.isEmpty()) {
            if (!level.get().parentMayBeOutsideTheFile()) {
                return Optional.of("unknown parent " + parentCode);
            }
            return liesWithin(code, level.get(), parentCode) ? Optional.empty()
                    : Optional.of("code does not lie within parent " + parentCode);
        }
        if (parent.get().level() != parentLevel.get()) {
            return Optional.of("parent " + parentCode + " is a " + parent.get().level().wireName() + ", not a "
                    + parentLevel.get().wireName());
        }
        if (!liesWithin(code, level.get(), parentCode)) {
            return Optional.of("code does not lie within parent " + parentCode);
        }
        return Optional.empty();
    }

    /**
     * Township and community codes extend their parent's code; a district shares its city's first
     * four digits, a city its province's first two.
     */
    private static boolean liesWithin(String code, AreaLevel level, String parentCode) {
        return switch (level) {
            case TOWNSHIP, COMMUNITY -> code.startsWith(parentCode);
            case DISTRICT -> code.regionMatches(0, parentCode, 0, 4);
            case CITY -> code.regionMatches(0, parentCode, 0, 2);
            case PROVINCE -> true;
        };
    }

    private static int tierOf(DivisionRow row) {
        return AreaLevel.parse(row.level()).map(Enum::ordinal).orElse(Integer.MAX_VALUE);
    }

    private static String trim(String text) {
        return text == null ? "" : text.trim();
    }
}
