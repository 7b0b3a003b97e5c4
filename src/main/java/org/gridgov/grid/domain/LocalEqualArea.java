package org.gridgov.grid.domain;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryTransformer;

/**
 * Measures areas in square metres by projecting longitude/latitude onto a cylindrical equal-area
 * projection whose standard parallel is the geometry's own latitude (spherical Earth, mean radius).
 * Areas stay exact on the sphere, and shapes the size of grid cells keep their form, so tolerances
 * such as "overlap above 1 m²" mean the same thing in Harbin and Sanya.
 */
public final class LocalEqualArea {

    private static final double EARTH_RADIUS_M = 6_371_008.8;

    private final double cosStandardParallel;

    private LocalEqualArea(double standardParallelDegrees) {
        this.cosStandardParallel = Math.cos(Math.toRadians(standardParallelDegrees));
    }

    public static LocalEqualArea around(Geometry geometry) {
        return new LocalEqualArea(geometry.getEnvelopeInternal().centre().y);
    }

    public double areaSquareMetres(Geometry lonLat) {
        return project(lonLat).getArea();
    }

    public Geometry project(Geometry lonLat) {
        return new GeometryTransformer() {
            @Override
            protected CoordinateSequence transformCoordinates(CoordinateSequence coords, Geometry parent) {
                Coordinate[] projected = new Coordinate[coords.size()];
                for (int i = 0; i < coords.size(); i++) {
                    double lon = Math.toRadians(coords.getX(i));
                    double lat = Math.toRadians(coords.getY(i));
                    projected[i] = new Coordinate(EARTH_RADIUS_M * lon * cosStandardParallel,
                            EARTH_RADIUS_M * Math.sin(lat) / cosStandardParallel);
                }
                return factory.getCoordinateSequenceFactory().create(projected);
            }
        }.transform(lonLat);
    }
}
