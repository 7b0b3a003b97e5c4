package org.gridgov.simulator;

import java.util.Random;

/** A WGS-84 point. */
public record Point(double lat, double lon) {

    private static final double METRES_PER_DEGREE = 111_320;

    /** A point up to {@code metres} away in a random direction. */
    public Point jittered(Random random, double metres) {
        double distance = metres * Math.sqrt(random.nextDouble());
        double angle = random.nextDouble() * 2 * Math.PI;
        double dLat = distance * Math.cos(angle) / METRES_PER_DEGREE;
        double dLon = distance * Math.sin(angle) / (METRES_PER_DEGREE * Math.cos(Math.toRadians(lat)));
        return new Point(lat + dLat, lon + dLon);
    }
}
