package org.gridgov.registry.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A showcase site where a measure can be seen at work. Its {@code id} is the key of the figures it
 * reports on {@code gridgov.kpi.v1}. {@code demoAssumptions} names the facts of a seeded site that
 * the demo data assumed (its kind, location, figures …).
 */
public record ShowcaseSite(
        String id,
        String name,
        SiteKind kind,
        UUID measureId,
        Double lat,
        Double lon,
        String address,
        String description,
        List<String> demoAssumptions) {

    /** A site whose every fact comes from its source (or from the office that created it). */
    public ShowcaseSite(String id, String name, SiteKind kind, UUID measureId, Double lat, Double lon, String address,
            String description) {
        this(id, name, kind, measureId, lat, lon, address, description, List.of());
    }

    public static final String ID_PATTERN = "^[a-z0-9][a-z0-9-]{0,63}$";
    private static final Pattern ID = Pattern.compile(ID_PATTERN);

    public ShowcaseSite {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a site id is lower-case letters, digits and dashes, up to 64: '" + id + "'");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(measureId, "measureId");
        demoAssumptions = demoAssumptions == null ? List.of() : List.copyOf(demoAssumptions);
        if ((lat == null) != (lon == null)) {
            throw new IllegalArgumentException("a location has both lat and lon, or neither");
        }
        if (lat != null && (lat < -90 || lat > 90 || lon < -180 || lon > 180)) {
            throw new IllegalArgumentException("lat/lon out of range");
        }
    }
}
