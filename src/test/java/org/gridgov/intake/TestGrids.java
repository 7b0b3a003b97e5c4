package org.gridgov.intake;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridgov.platform.security.Role;
import org.gridgov.support.TestGridSerials;
import org.gridgov.support.TestTokens;

/**
 * Creates real grid cells through the grid service's API ({@code PUT /api/v1/grids/{code}}), each
 * a ~50 m square at its own place, in communities of 太河镇 (370302117) and 凤凰镇 (370305109)
 * (real Zibo divisions shipped with the grid service). Unique per JVM ({@link TestGridSerials}), so
 * test classes don't collide.
 */
public final class TestGrids {

    public static final String HOME_TOWNSHIP = "370302117";
    public static final String OTHER_TOWNSHIP = "370305109";
    private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(100, 400));
    private static final double SIZE = 0.0005;

    public record TestGrid(String code, double lat, double lon) {

        public String township() {
            return code.substring(0, 9);
        }
    }

    private final HttpClient client;
    private final String adminToken;

    public TestGrids(HttpClient client, TestTokens tokens) {
        this.client = client;
        this.adminToken = tokens.issue("intake-test-admin", Role.ADMIN);
    }

    public TestGrid inHomeTownship() {
        return create(HOME_TOWNSHIP + "200");
    }

    public TestGrid inOtherTownship() {
        return create(OTHER_TOWNSHIP + "201");
    }

    public TestGrid create(String communityCode) {
        int serial = SERIAL.incrementAndGet();
        String code = TestGridSerials.nextGrid(communityCode);
        // a distinct spot per grid in a 0.5° box well away from other services' test data
        ThreadLocalRandom random = ThreadLocalRandom.current();
        double south = 35.0 + random.nextInt(0, 1000) * 0.0005 * 2 + (serial % 7) * 0.00001;
        double west = 120.0 + random.nextInt(0, 1000) * 0.0005 * 2;
        List<List<Double>> ring = List.of(List.of(west, south), List.of(west + SIZE, south),
                List.of(west + SIZE, south + SIZE), List.of(west, south + SIZE), List.of(west, south));
        Map<String, Object> feature = Map.of("type", "Feature",
                "properties", Map.of("code", code, "name", "intake test grid " + code),
                "geometry", Map.of("type", "MultiPolygon", "coordinates", List.of(List.of(ring))));
        client.toBlocking().exchange(HttpRequest.PUT("/api/v1/grids/" + code, feature).bearerAuth(adminToken));
        return new TestGrid(code, south + SIZE / 2, west + SIZE / 2);
    }
}
