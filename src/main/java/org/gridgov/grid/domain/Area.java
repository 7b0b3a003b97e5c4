package org.gridgov.grid.domain;

import java.util.Objects;

/**
 * An administrative area with its national division code. {@code responsible} is the person who
 * answers for the tier (township leader, community secretary); it may be unknown.
 */
public record Area(String code, String name, AreaLevel level, String parentCode, String responsible) {

    public Area {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        if (code.length() != level.codeLength() || !code.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("code " + code + " does not fit level " + level.wireName());
        }
    }

    public Area withResponsible(String person) {
        return new Area(code, name, level, parentCode, person);
    }

    public Area withNameAndParent(String newName, String newParent) {
        return new Area(code, newName, level, newParent, responsible);
    }
}
