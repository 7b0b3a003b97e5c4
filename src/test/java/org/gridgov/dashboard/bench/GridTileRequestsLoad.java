package org.gridgov.dashboard.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridgov.dashboard.domain.TileAddress;
import org.gridgov.dispatch.load.HotCaseLoad;
import org.gridgov.support.NearestRank;

/**
 * Grid tiles as a map asks for them, over HTTP from a running platform (not a test): for each zoom
 * 8–16, random tiles whose centre lies in {@link GridTilesBenchmark}'s province lattice, as the
 * console's first view does (this month, the default figure, an administrator's token), one after
 * the other. It prints the time from sending to the last byte per zoom, and at zooms 8–10 how many
 * tiles were served as rendered ahead ({@code max-age} under 60) rather than rendered in the request.
 *
 * <pre>
 * java -cp target/test-classes:target/classes org.gridgov.dashboard.bench.GridTileRequestsLoad \
 *      http://localhost:8150 &lt;admin password&gt; [requests per zoom, 100] [--rows=400]
 * </pre>
 */
public final class GridTileRequestsLoad {

    private static final Pattern MAX_AGE = Pattern.compile("max-age=([0-9]+)");

    private GridTileRequestsLoad() {}

    public static void main(String[] args) throws Exception {
        List<String> plain = Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        String base = plain.get(0);
        String password = plain.get(1);
        int perZoom = plain.size() > 2 ? Integer.parseInt(plain.get(2)) : 100;
        Arrays.stream(args).filter(a -> a.startsWith("--rows=")).findFirst()
                .ifPresent(a -> GridTilesBenchmark.useRows(Integer.parseInt(a.substring(7))));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String token = HotCaseLoad.login(http, base, "admin", password);
        Random random = new Random(7);
        System.out.println("zoom | requests | KiB per tile (mean) | p50 ms | p95 ms | p99 ms | max ms | rendered ahead");
        for (int z = TileAddress.MIN_ZOOM; z <= 16; z++) {
            List<Double> millis = new ArrayList<>();
            long bytes = 0;
            int ahead = 0;
            for (int i = 0; i < perZoom; i++) {
                TileAddress tile = GridTilesBenchmark.randomTileInside(z, random);
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/tiles/grids/" + z + "/" + tile.x() + "/" + tile.y() + ".mvt"))
                        .header("Authorization", "Bearer " + token).header("Accept", "application/vnd.mapbox-vector-tile").GET().build();
                long started = System.nanoTime();
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                millis.add((System.nanoTime() - started) / 1e6);
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("tile " + tile + ": " + response.statusCode() + " " + new String(response.body()));
                }
                bytes += response.body().length;
                Matcher maxAge = MAX_AGE.matcher(response.headers().firstValue("Cache-Control").orElse(""));
                if (maxAge.find() && Integer.parseInt(maxAge.group(1)) < 60) {
                    ahead++;
                }
            }
            millis.sort(null);
            System.out.printf(Locale.ROOT, "%d | %d | %.0f | %.1f | %.1f | %.1f | %.1f | %s%n", z, perZoom, bytes / 1024.0 / perZoom,
                    NearestRank.quantile(millis, 0.50), NearestRank.quantile(millis, 0.95), NearestRank.quantile(millis, 0.99), millis.get(millis.size() - 1),
                    new TileAddress(z, 0, 0).thin() ? ahead + " of " + perZoom : "—");
        }
    }
}
