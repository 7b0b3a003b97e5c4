package org.gridgov.grid.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.core.annotation.Nullable;
import org.gridgov.grid.domain.Area;
import org.gridgov.grid.domain.AreaLevel;

@MappedEntity(value = "area", schema = "grid")
public record AreaRow(@Id String code, String name, String level, @Nullable String parentCode,
                      @Nullable String responsible) {

    public static AreaRow of(Area area) {
        return new AreaRow(area.code(), area.name(), area.level().wireName(), area.parentCode(), area.responsible());
    }

    public Area toArea() {
        return new Area(code, name, AreaLevel.parse(level).orElseThrow(), parentCode, responsible);
    }
}
