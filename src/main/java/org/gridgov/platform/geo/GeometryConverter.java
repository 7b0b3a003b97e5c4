package org.gridgov.platform.geo;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTReader;
import org.postgresql.util.PGobject;

/**
 * The one JTS ↔ PostGIS converter. Writes hex EWKB with SRID 4326 in a {@code geometry} PGobject;
 * reads both what the plain driver returns (hex EWKB in a PGobject) and what the postgis-jdbc
 * wrapper returns once it has registered itself ({@code PGgeometry}, whose text is EWKT).
 */
@Singleton
public class GeometryConverter implements AttributeConverter<Geometry, Object> {

    public static final int WGS84 = 4326;
    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), WGS84);

    @Override
    public Object convertToPersistedValue(Geometry geometry, ConversionContext context) {
        if (geometry == null) {
            return null;
        }
        if (geometry.getSRID() != WGS84 && geometry.getSRID() != 0) {
            throw new IllegalArgumentException("geometries are stored in EPSG:4326, not " + geometry.getSRID());
        }
        geometry.setSRID(WGS84);
        PGobject value = new PGobject();
        value.setType("geometry");
        try {
            value.setValue(WKBWriter.toHex(new WKBWriter(2, true).write(geometry)));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return value;
    }

    @Override
    public Geometry convertToEntityValue(Object persisted, ConversionContext context) {
        if (persisted == null) {
            return null;
        }
        String text = persisted instanceof PGobject pg ? pg.getValue() : persisted.toString();
        if (text == null) {
            return null;
        }
        try {
            Geometry geometry = text.startsWith("SRID=") || Character.isLetter(text.charAt(0))
                    ? new WKTReader(FACTORY).read(text.startsWith("SRID=") ? text.substring(text.indexOf(';') + 1) : text)
                    : new WKBReader(FACTORY).read(WKBReader.hexToBytes(text));
            geometry.setSRID(WGS84);
            return geometry;
        } catch (ParseException e) {
            throw new IllegalStateException("unreadable geometry from PostGIS", e);
        }
    }
}
