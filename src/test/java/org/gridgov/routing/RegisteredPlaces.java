package org.gridgov.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.gridgov.routing.Messages.Place;

/**
 * Places whose township and community the grid service knows, for rules (which may only name areas
 * that exist). Codes start with 39, which no Chinese province has, so they never meet real divisions.
 */
final class RegisteredPlaces {

    private RegisteredPlaces() {
    }

    static Place register(HttpClient http, String adminToken) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        // no tier's own digits are all zero: that is the form of the tier above
        String code = String.format("39%02d%02d%03d", 1 + random.nextInt(99), 1 + random.nextInt(99), 1 + random.nextInt(999));
        Place place = new Place(code, 36.0 + random.nextDouble(),
                117.5 + random.nextDouble());
        String township = place.township();
        String district = township.substring(0, 6);
        String city = township.substring(0, 4) + "00";
        String csv = "code,name,level,parent_code\n"
                + city + ",\"规则测试市\",city,390000\n"
                + district + ",\"规则测试区\",district," + city + "\n"
                + township + ",\"规则测试街道\",township," + district + "\n"
                + place.community() + ",\"规则测试社区\",community," + township + "\n";
        Map<?, ?> report = http.toBlocking().retrieve(HttpRequest.POST("/api/v1/areas/import", csv)
                .contentType(MediaType.TEXT_PLAIN).bearerAuth(adminToken), Map.class);
        assertThat(report.get("rejected")).asList().isEmpty();
        return place;
    }
}
