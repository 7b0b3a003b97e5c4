package org.gridgov.platform.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

@MicronautTest(transactional = false)
class GeometryRoundTripIT {

    @Inject GeometryShapes shapes;
    @Inject JdbcOperations jdbc;
    @Inject TransactionOperations<Connection> transactions;

    @BeforeEach
    void table() {
        transactions.executeWrite(status -> jdbc.prepareStatement(
                "CREATE SCHEMA IF NOT EXISTS platform_test; CREATE TABLE IF NOT EXISTS platform_test.shapes "
                        + "(name text PRIMARY KEY, shape geometry(Geometry, 4326) NOT NULL)",
                statement -> statement.execute()));
    }

    @Test
    void aMultiPolygonWithAHoleComesBackFromPostgisUnchanged() throws Exception {
        Geometry cell = new WKTReader(GeometryConverter.FACTORY).read(
                "MULTIPOLYGON (((118.0501 36.8102, 118.0563 36.8102, 118.0563 36.8151, 118.0501 36.8151, 118.0501 36.8102),"
                        + " (118.0520 36.8120, 118.0530 36.8120, 118.0530 36.8130, 118.0520 36.8130, 118.0520 36.8120)),"
                        + " ((118.0600 36.8200, 118.0610 36.8200, 118.0610 36.8210, 118.0600 36.8200)))");
        String name = "cell-" + UUID.randomUUID();

        shapes.save(new GeometryShape(name, cell));
        Geometry read = shapes.findById(name).orElseThrow().shape();

        assertThat(read.equalsExact(cell)).as("exactly the same coordinates").isTrue();
        assertThat(read.getGeometryType()).isEqualTo("MultiPolygon");
        assertThat(read.getSRID()).isEqualTo(4326);
        assertThat(shapes.sridOf(name)).as("PostGIS knows it as WGS-84").isEqualTo(4326);
    }

    @Test
    void postgisAnswersSpatialQuestionsAboutWhatWasWritten() throws Exception {
        String name = "square-" + UUID.randomUUID();
        shapes.save(new GeometryShape(name, new WKTReader(GeometryConverter.FACTORY)
                .read("POLYGON ((117.0 35.0, 117.001 35.0, 117.001 35.001, 117.0 35.001, 117.0 35.0))")));

        assertThat(shapes.namesContaining(117.0005, 35.0005)).contains(name);
        assertThat(shapes.namesContaining(117.0015, 35.0005)).doesNotContain(name);
    }
}
