package org.gridgov.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.net.http.HttpClient.Redirect;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The console built by the Maven build is in the jar and served without a login, assets included. */
@MicronautTest(transactional = false)
class WebAppsIT {

    @Inject @Client("/") HttpClient http;

    @Inject EmbeddedServer server;

    @Test
    void theConsolePageAndItsScriptAreServedAnonymously() {
        HttpResponse<String> page = http.toBlocking().exchange(HttpRequest.GET("/console/"), String.class);

        assertThat(page.getStatus().getCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("lang=\"zh-CN\"");
        Matcher script = Pattern.compile("src=\"(/console/assets/[^\"]+\\.js)\"").matcher(html);
        assertThat(script.find()).as("the built page loads its script from /console/assets/").isTrue();
        HttpResponse<String> asset = http.toBlocking().exchange(HttpRequest.GET(script.group(1)), String.class);
        assertThat(asset.getStatus().getCode()).isEqualTo(200);
        assertThat(asset.getContentType()).hasValueSatisfying(type -> assertThat(type.toString()).contains("javascript"));
    }

    @Test
    void theBarePathsRedirectToTheSlashForm() throws Exception {
        java.net.http.HttpClient noFollow = java.net.http.HttpClient.newBuilder().followRedirects(Redirect.NEVER).build();
        for (String app : new String[] {"console", "app"}) {
            java.net.http.HttpResponse<Void> answer = noFollow.send(
                    java.net.http.HttpRequest.newBuilder(server.getURI().resolve("/" + app)).build(), BodyHandlers.discarding());
            assertThat(answer.statusCode()).as(app).isEqualTo(301);
            assertThat(answer.headers().firstValue("Location")).as(app).hasValue("/" + app + "/");
        }
    }
}
