package org.gridgov.routing.domain;

import java.util.Objects;
import java.util.Optional;

/** A department, township unit or township centre, by the codes all services agree on. */
public record Target(TargetKind kind, String code) {

    private static final String UNIT = "([0-9]{9})-(CGZD|PCS|SFS|ZZZX)";
    private static final String CENTRE = "([0-9]{9})-CENTRE";
    private static final String DEPARTMENT = "[A-Z][A-Z0-9]{1,15}";

    public Target {
        Objects.requireNonNull(kind, "kind");
        String pattern = switch (kind) {
            case CITY_DEPARTMENT -> DEPARTMENT;
            case TOWNSHIP_UNIT -> UNIT;
            case TOWNSHIP_CENTRE -> CENTRE + "|[A-Z][A-Z0-9]{1,15}-CENTRE";
        };
        if (code == null || !code.matches(pattern)) {
            throw new RuleRefused("target.code", switch (kind) {
                case CITY_DEPARTMENT -> "a city department code such as CGJ";
                case TOWNSHIP_UNIT -> "a township unit code <9-digit township>-CGZD|PCS|SFS|ZZZX";
                case TOWNSHIP_CENTRE -> "a township centre code <9-digit township>-CENTRE";
            });
        }
    }

    public static Target townshipCentre(String townshipCode) {
        return new Target(TargetKind.TOWNSHIP_CENTRE, townshipCode + "-CENTRE");
    }

    /** The township a unit or centre belongs to; empty for a city department. */
    public Optional<String> township() {
        return kind == TargetKind.CITY_DEPARTMENT || !Character.isDigit(code.charAt(0))
                ? Optional.empty()
                : Optional.of(code.substring(0, 9));
    }
}
