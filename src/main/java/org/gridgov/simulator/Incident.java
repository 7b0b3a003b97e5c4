package org.gridgov.simulator;

import java.time.Duration;
import java.util.List;

/**
 * One event in the city: reported first by a worker or a citizen at {@code at} (simulated time since
 * the simulation began), with a photo from the phone or not, seen again by citizens at the same
 * spot a few minutes later ({@code sightings}, offsets after the first report), and its {@link Fate}.
 */
public record Incident(int number, int day, Duration at, Reporter reporter, Category category, Point point,
                       String description, boolean atHotspot, boolean photo, List<Duration> sightings, Fate fate) {
}
