package org.gridgov.grid.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import org.gridgov.grid.domain.GridCell;
import org.gridgov.grid.domain.GridCode;
import org.gridgov.grid.domain.GridKind;
import org.gridgov.grid.domain.GridShape;
import org.gridgov.platform.geo.GeometryConverter;
import org.locationtech.jts.geom.MultiPolygon;

/** A grid cell as stored; a retired cell keeps its row so that its revision keeps counting. */
@MappedEntity(value = "grid_cell", schema = "grid")
public record GridCellRow(@Id String code, String communityCode, String townshipCode, String districtCode, String name,
                          String kind, int households, int population, @Nullable String head,
                          @TypeDef(type = DataType.OBJECT, converter = GeometryConverter.class) MultiPolygon geom,
                          boolean retired, @Version Long revision, Instant updatedAt) {

    public static GridCellRow of(GridCell cell, boolean retired, Instant at) {
        GridCode code = cell.code();
        return new GridCellRow(code.value(), code.communityCode(), code.townshipCode(), code.districtCode(), cell.name(),
                cell.kind().wireName(), cell.households(), cell.population(), cell.head(), cell.shape().geometry(),
                retired, cell.revision(), at);
    }

    public GridCellRow retiredAt(Instant at) {
        return new GridCellRow(code, communityCode, townshipCode, districtCode, name, kind, households, population, head,
                geom, true, revision, at);
    }

    public GridCell toCell() {
        return new GridCell(new GridCode(code), name, GridKind.parse(kind).orElseThrow(), households, population, head,
                GridShape.of(geom), revision);
    }
}
