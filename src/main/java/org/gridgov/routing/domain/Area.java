package org.gridgov.routing.domain;

import java.util.Objects;
import java.util.Optional;

/** The area a rule covers: one grid, community, township or district by its code, or the whole city. */
public record Area(AreaLevel level, String code) {

    public Area {
        Objects.requireNonNull(level, "level");
        if (level == AreaLevel.CITY) {
            code = null;
        } else if (code == null || !code.matches("[0-9]{" + level.codeLength() + "}")) {
            throw new RuleRefused("area.code", "a " + level.name().toLowerCase() + " code has "
                    + level.codeLength() + " digits");
        }
    }

    public static Area city() {
        return new Area(AreaLevel.CITY, null);
    }

    public boolean contains(GridChain chain) {
        return level == AreaLevel.CITY || (chain != null && code.equals(chain.codeAt(level)));
    }

    /** The township this area lies in; empty for a district or the city, which span townships. */
    public Optional<String> township() {
        return switch (level) {
            case GRID, COMMUNITY, TOWNSHIP -> Optional.of(code.substring(0, 9));
            case DISTRICT, CITY -> Optional.empty();
        };
    }
}
