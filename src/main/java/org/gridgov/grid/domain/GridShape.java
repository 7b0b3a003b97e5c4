package org.gridgov.grid.domain;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * A grid cell's outline: a valid MultiPolygon in WGS-84 (SRID 4326, x = longitude, y = latitude).
 * Construction refuses anything else, so code holding a GridShape never re-checks it.
 */
public final class GridShape {

    public static final int SRID = 4326;
    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), SRID);

    private final MultiPolygon geometry;

    private GridShape(MultiPolygon geometry) {
        this.geometry = geometry;
    }

    /** Accepts a Polygon or MultiPolygon; a Polygon is wrapped so storage has one type. */
    public static GridShape of(Geometry geometry) {
        Objects.requireNonNull(geometry, "geometry");
        MultiPolygon multi;
        if (geometry instanceof MultiPolygon m) {
            multi = m;
        } else if (geometry instanceof Polygon p) {
            multi = FACTORY.createMultiPolygon(new Polygon[] {p});
        } else {
            throw new IllegalArgumentException("a grid's geometry must be a Polygon or MultiPolygon, not "
                    + geometry.getGeometryType());
        }
        if (multi.isEmpty()) {
            throw new IllegalArgumentException("a grid's geometry must not be empty");
        }
        String invalid = GeometryCheck.invalidityReason(multi);
        if (invalid != null) {
            throw new IllegalArgumentException("invalid geometry: " + invalid);
        }
        MultiPolygon copy = (MultiPolygon) FACTORY.createGeometry(multi);
        copy.setSRID(SRID);
        return new GridShape(copy);
    }

    public MultiPolygon geometry() {
        return (MultiPolygon) geometry.copy();
    }

    /** The stored geometry itself, for read-only use on hot paths (index building). */
    MultiPolygon shared() {
        return geometry;
    }

    public double areaSquareMetres() {
        return LocalEqualArea.around(geometry).areaSquareMetres(geometry);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GridShape shape && geometry.equalsExact(shape.geometry);
    }

    @Override
    public int hashCode() {
        return geometry.getEnvelopeInternal().hashCode();
    }

    @Override
    public String toString() {
        return geometry.toText();
    }
}
