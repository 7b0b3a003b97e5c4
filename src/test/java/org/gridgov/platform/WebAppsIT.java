package org.gridgov.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.net.http.HttpClient.Redirect;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The console built by the Maven build is in the jar and served without a login, assets included. */
@MicronautTest(transactional = false)
class WebAppsIT {

    @Inject EmbeddedServer server;

    // a plain client that does not follow redirects, with room for a busy build machine
    private final HttpClient http = HttpClient.newBuilder().followRedirects(Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void theConsolePageAndItsScriptAreServedAnonymously() throws Exception {
        HttpResponse<String> page = get("/console/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("lang=\"zh-CN\"");
        Matcher script = Pattern.compile("src=\"(/console/assets/[^\"]+\\.js)\"").matcher(page.body());
        assertThat(script.find()).as("the built page loads its script from /console/assets/").isTrue();
        HttpResponse<String> asset = get(script.group(1));
        assertThat(asset.statusCode()).isEqualTo(200);
        assertThat(asset.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("javascript"));
    }

    @Test
    void theBarePathsRedirectToTheSlashForm() throws Exception {
        for (String app : new String[] {"console", "app"}) {
            HttpResponse<String> answer = get("/" + app);
            assertThat(answer.statusCode()).as(app).isEqualTo(308);
            assertThat(answer.headers().firstValue("Location")).as(app).hasValue("/" + app + "/");
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(server.getURI().resolve(path)).timeout(Duration.ofSeconds(60)).build(),
                BodyHandlers.ofString());
    }
}
