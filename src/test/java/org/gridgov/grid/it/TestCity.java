package org.gridgov.grid.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.gridgov.grid.domain.Area;
import org.gridgov.grid.domain.AreaLevel;
import org.gridgov.grid.domain.LatLon;

/**
 * A made-up city with codes and a location of its own, so test classes sharing the database and
 * the topics never meet: city "9xxx00", one district, one township, {@code communities} communities, placed
 * somewhere random inside China.
 */
final class TestCity {

    final String city;
    final String district;
    final String township;
    final List<String> communities = new ArrayList<>();
    final LatLon centre;

    TestCity(int communityCount) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        // the city's own two digits are never 00, which would make its code a province's
        String prefix = "9" + (1 + random.nextInt(9)) + String.format("%02d", 1 + random.nextInt(99));
        city = prefix + "00";
        district = prefix + String.format("%02d", 1 + random.nextInt(99));
        township = district + String.format("%03d", 1 + random.nextInt(999));
        for (int i = 1; i <= communityCount; i++) {
            communities.add(township + String.format("%03d", i));
        }
        centre = new LatLon(25 + random.nextDouble() * 15, 100 + random.nextDouble() * 20);
    }

    String community(int i) {
        return communities.get(i);
    }

    String grid(int community, int serial) {
        return communities.get(community) + String.format("%03d", serial);
    }

    String divisionsCsv() {
        StringBuilder csv = new StringBuilder("code,name,level,parent_code\n");
        csv.append(city).append(",\"测试市\",city,").append(city, 0, 2).append("0000\n");
        csv.append(district).append(",\"测试区\",district,").append(city).append('\n');
        csv.append(township).append(",\"测试街道\",township,").append(district).append('\n');
        for (int i = 0; i < communities.size(); i++) {
            csv.append(communities.get(i)).append(",\"测试").append(i + 1).append("社区\",community,").append(township).append('\n');
        }
        return csv.toString();
    }

    List<Area> areas() {
        List<Area> areas = new ArrayList<>();
        areas.add(new Area(district, "测试区", AreaLevel.DISTRICT, city, null));
        areas.add(new Area(township, "测试街道", AreaLevel.TOWNSHIP, district, null));
        communities.forEach(c -> areas.add(new Area(c, "社区" + c, AreaLevel.COMMUNITY, township, null)));
        return areas;
    }

    Map<String, LatLon> centres() {
        return Map.of(district, centre);
    }

    /** A square feature {@code size} degrees wide whose south-west corner is offset from the centre. */
    Map<String, Object> square(String code, double dLon, double dLat, double size) {
        double west = round(centre.lon() + dLon);
        double south = round(centre.lat() + dLat);
        double east = round(west + size);
        double north = round(south + size);
        return feature(code, List.of(List.of(List.of(west, south), List.of(east, south), List.of(east, north),
                List.of(west, north), List.of(west, south))));
    }

    static Map<String, Object> feature(String code, List<?> polygonRings) {
        return Map.of("type", "Feature", "id", code,
                "geometry", Map.of("type", "Polygon", "coordinates", polygonRings),
                "properties", Map.of("name", "网格" + code, "kind", "comprehensive", "households", 420,
                        "population", 1100, "head", "刘洋"));
    }

    static double round(double degrees) {
        return Math.round(degrees * 1e7) / 1e7;
    }
}
