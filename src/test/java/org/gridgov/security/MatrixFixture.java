package org.gridgov.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What the matrix's requests point at: a township with a community, a grid and its worker, another
 * township with the same, and a case in the first grid dispatched to {@link #DEPARTMENT}. Codes
 * start with 39, which no Chinese province has, so they never meet real divisions.
 */
final class MatrixFixture {

    static final String DEPARTMENT = "CGJ";
    static final String NO_SUCH_ID = "00000000-0000-0000-0000-000000000000";
    /** The dashboard answers only for areas of its configured city (Zibo): a township there that is no caller's. */
    static final String CITY_TOWNSHIP = "370303102";

    final String township;
    final String community;
    final String grid;
    final String workerId;
    final String otherTownship;
    final String otherGrid;
    final String otherWorkerId;
    private final double lat;
    private final double lon;
    String caseId;

    private MatrixFixture(String township, String otherTownship) {
        this.township = township;
        this.community = township + "001";
        this.grid = community + "001";
        this.workerId = "mw-" + township;
        this.otherTownship = otherTownship;
        this.otherGrid = otherTownship + "001001";
        this.otherWorkerId = "mw-" + otherTownship;
        this.lat = 25 + ThreadLocalRandom.current().nextDouble() * 15;
        this.lon = 100 + ThreadLocalRandom.current().nextDouble() * 20;
    }

    static MatrixFixture create(HttpClient http, String admin) {
        MatrixFixture fixture = new MatrixFixture(newTownshipCode(), newTownshipCode());
        fixture.register(http, admin, fixture.township, fixture.grid, fixture.workerId, 0);
        fixture.register(http, admin, fixture.otherTownship, fixture.otherGrid, fixture.otherWorkerId, 0.01);
        return fixture;
    }

    private static String newTownshipCode() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        // no tier's own digits are all zero: that is the form of the tier above
        return String.format("39%02d%02d%03d", 1 + random.nextInt(99), 1 + random.nextInt(99), 1 + random.nextInt(999));
    }

    private void register(HttpClient http, String admin, String townshipCode, String gridCode, String worker, double east) {
        String district = townshipCode.substring(0, 6);
        String city = townshipCode.substring(0, 4) + "00";
        String csv = "code,name,level,parent_code\n"
                + city + ",\"矩阵市\",city,390000\n"
                + district + ",\"矩阵区\",district," + city + "\n"
                + townshipCode + ",\"矩阵街道\",township," + district + "\n"
                + townshipCode + "001,\"矩阵社区\",community," + townshipCode + "\n";
        Map<?, ?> report = http.toBlocking().retrieve(HttpRequest.POST("/api/v1/areas/import", csv)
                .contentType(MediaType.TEXT_PLAIN).bearerAuth(admin), Map.class);
        assertThat(report.get("rejected")).asList().isEmpty();
        http.toBlocking().retrieve(HttpRequest.PUT("/api/v1/grids/" + gridCode, gridFeature(gridCode, east)).bearerAuth(admin),
                Map.class);
        http.toBlocking().retrieve(HttpRequest.PUT("/api/v1/workers/" + worker, workerBody(gridCode)).bearerAuth(admin),
                Map.class);
    }

    private String gridFeature(String code, double east) {
        double west = Math.round((lon + east) * 1e6) / 1e6;
        double south = Math.round(lat * 1e6) / 1e6;
        double size = 0.003;
        return """
                {"type":"Feature","id":"%s","geometry":{"type":"Polygon","coordinates":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]},
                 "properties":{"name":"矩阵网格","kind":"comprehensive","households":100,"population":300,"head":"刘洋"}}"""
                .formatted(code, west, south, west + size, south, west + size, south + size, west, south + size, west, south);
    }

    private static String workerBody(String gridCode) {
        return """
                {"name":"矩阵网格员","employment":"full_time","grids":["%s"]}""".formatted(gridCode);
    }

    String caseOpened(UUID id, Instant at) {
        return """
                {"eventId":"%s","type":"CaseOpened","occurredAt":"%s","schemaVersion":1,"caseId":"%s",
                 "reportId":"%s","source":"worker","reporter":"%s","category":"0101","description":"illegal shed",
                 "location":{"lat":%s,"lon":%s},
                 "grid":{"gridCode":"%s","communityCode":"%s","townshipCode":"%s","districtCode":"%s"},"priority":"normal",
                 "assignee":{"kind":"city_department","code":"%s","name":"unit"},"arbitration":false,
                 "timeLimit":{"value":5,"unit":"working_day"},"returns":[],"observedAt":"%s"}"""
                .formatted(UUID.randomUUID(), at, id, UUID.randomUUID(), workerId, lat + 0.001, lon + 0.001, grid,
                        community, township, township.substring(0, 6), DEPARTMENT, at);
    }

    /** The request path with the fixture's placeholders filled in. */
    String fill(String path) {
        return path.replace("{case}", caseId).replace("{grid}", grid).replace("{otherGrid}", otherGrid)
                .replace("{township}", township).replace("{otherTownship}", otherTownship)
                .replace("{community}", community).replace("{worker}", workerId).replace("{otherWorker}", otherWorkerId)
                .replace("{none}", NO_SUCH_ID).replace("{cityTownship}", CITY_TOWNSHIP);
    }

    record Body(String contentType, String content) {}

    /** The named bodies a row may send; "" sends none. */
    Body body(String name) {
        return switch (name) {
            case "" -> null;
            case "json" -> new Body(MediaType.APPLICATION_JSON, "{}");
            case "form" -> new Body(MediaType.APPLICATION_FORM_URLENCODED, "");
            case "multipart" -> new Body("multipart/form-data; boundary=matrix", "--matrix--\r\n");
            case "case-action" -> new Body(MediaType.APPLICATION_JSON, """
                    {"reason":"矩阵","note":"矩阵","handler":"matrix","department":"HBJ","workingDays":2,
                     "passed":true,"photos":[],"rating":"satisfied","resumeOn":"2099-01-01"}""");
            case "csv" -> new Body(MediaType.TEXT_PLAIN, "code,name,level,parent_code\n");
            case "grid" -> new Body(MediaType.APPLICATION_JSON, gridFeature(grid, 0));
            case "no-features" -> new Body(MediaType.APPLICATION_JSON, "{\"type\":\"FeatureCollection\",\"features\":[]}");
            case "worker" -> new Body(MediaType.APPLICATION_JSON, workerBody(grid));
            case "responsible" -> new Body(MediaType.APPLICATION_JSON, "{\"name\":\"王芳\"}");
            case "rule" -> new Body(MediaType.APPLICATION_JSON, """
                    {"category":"0801","area":{"level":"community","code":"%s"},"target":{"kind":"city_department","code":"HBJ"}}"""
                    .formatted(community));
            default -> throw new IllegalArgumentException("no body named " + name);
        };
    }
}
