package org.gridgov.platform.geo;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import org.locationtech.jts.geom.Geometry;

@MappedEntity(value = "shapes", schema = "platform_test")
public record GeometryShape(@Id String name,
                            @TypeDef(type = DataType.OBJECT, converter = GeometryConverter.class) Geometry shape) {
}
