package org.gridgov.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gridgov.platform.security.Role;
import org.gridgov.support.MutableClock;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A "六个一" record is kept once it happened, by the office's day in China: at 01:00 in Zibo on 1 July the UTC date
 * is still 30 June, and that morning's meeting is recorded all the same; the next day's is not.
 */
@MicronautTest(transactional = false)
@Property(name = "dispatch.test.clock", value = "mutable") // the test clock that replaces the platform's one Clock
@Property(name = "gridgov.dispatch.scheduler.enabled", value = "false")
class WorkMethodDayIT {

    @Inject @Client("/") HttpClient http;
    @Inject TestTokens tokens;
    @Inject MutableClock clock;

    @Test
    void todayInChinaIsNotTheFutureBeforeEightInTheMorning() {
        clock.set(Instant.parse("2027-06-30T17:00:00Z")); // 2027-07-01 01:00 in Asia/Shanghai
        RegistryHttp api = new RegistryHttp(http.toBlocking(), tokens.issue("reform", Role.REFORM_OFFICE, List.of()));

        Map<String, Object> recorded = api.post("/api/v1/registry/work-method/2027-07/records",
                Map.of("activity", "scheduling", "title", "七月调度会（凌晨补记）", "heldOn", "2027-07-01"));
        assertThat(recorded).containsEntry("heldOn", "2027-07-01").containsEntry("month", "2027-07");

        Map<String, Object> tomorrow = api.problem(HttpStatus.UNPROCESSABLE_ENTITY, api.asReformOffice(HttpRequest.POST(
                "/api/v1/registry/work-method/2027-07/records", Map.of("activity", "scheduling", "title", "明天的会", "heldOn", "2027-07-02"))));
        assertThat(tomorrow.toString()).contains("heldOn");
    }
}
