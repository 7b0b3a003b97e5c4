package org.gridgov.platform.geo;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface GeometryShapes extends CrudRepository<GeometryShape, String> {

    @Query("SELECT name FROM platform_test.shapes WHERE ST_Contains(shape, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)) ORDER BY name")
    List<String> namesContaining(double lon, double lat);

    @Query("SELECT ST_SRID(shape) FROM platform_test.shapes WHERE name = :name")
    int sridOf(String name);
}
