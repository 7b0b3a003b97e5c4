package org.gridgov.grid.web;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.gridgov.grid.domain.Area;

@Serdeable

@JsonInclude(JsonInclude.Include.ALWAYS)
public record AreaView(String code, String name, String level, @Nullable String parentCode,
                       @Nullable String responsible, @Nullable List<AreaView> children) {

    static AreaView of(Area area) {
        return new AreaView(area.code(), area.name(), area.level().wireName(), area.parentCode(), area.responsible(), null);
    }

    static AreaView withChildren(Area area, List<Area> children) {
        return new AreaView(area.code(), area.name(), area.level().wireName(), area.parentCode(), area.responsible(),
                children.stream().map(AreaView::of).toList());
    }
}
