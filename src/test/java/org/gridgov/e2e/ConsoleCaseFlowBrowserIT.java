package org.gridgov.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.gridgov.platform.security.Role;
import org.gridgov.support.ConsoleBrowser;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The console in headless Chromium against the whole platform (real PostGIS and Kafka): a
 * dispatcher sees a worker's new report arrive in the inbox without reloading, opens it, 受理 and
 * 办结 with a result photo; the township operator 核查 通过 with a photo and 结案; the timeline the
 * page shows is the API's. Screenshots of each page go to target/screenshots/.
 */
@MicronautTest(transactional = false)
class ConsoleCaseFlowBrowserIT {

    private static final String TOWNSHIP = "370303102"; // 沣水镇
    private static final String PASSWORD = "console-pass-1";

    @Inject @Client("/") HttpClient http;
    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;

    @Test
    void aReportGoesFromTheDispatchersInboxToClosedInTheConsole() throws Exception {
        CaseFlow flow = new CaseFlow(http, tokens);
        CaseFlow.Grid grid = flow.createGrid();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String dispatcherName = "cgj-" + suffix;
        String townshipName = "fsz-" + suffix;
        createUser(dispatcherName, "DISPATCHER", List.of("CGJ"));
        createUser(townshipName, "TOWNSHIP", List.of(TOWNSHIP));
        String worker = tokens.issue("console-worker-" + suffix, Role.WORKER, List.of(grid.code()));
        String description = "垃圾桶满溢，周边散落垃圾 " + suffix;
        Path photo = picture();

        try (ConsoleBrowser browser = ConsoleBrowser.open(server.getURL())) {
            browser.go("/cases");
            browser.screenshot("01-login");
            browser.login(dispatcherName, PASSWORD);
            assertThat(browser.find("#who-role").getText()).isEqualTo("处置部门");
            browser.until(d -> browser.find("#who-scope").getText().contains("城市管理局"));
            browser.until(d -> "on".equals(browser.find("#live-status").getAttribute("data-live")));
            browser.script("window.notReloaded = true;");

            // the worker reports from the phone; routing sends it to 城管 and dispatch dispatches it
            String reportId = flow.report(worker, grid, "0102", description, Instant.now().minusSeconds(300));
            Map<String, Object> dispatched = flow.awaitCaseOnPhone(reportId, worker, "dispatched");
            String caseId = (String) dispatched.get("id");
            String number = (String) dispatched.get("number");
            // once the API has it, the open inbox shows it without a reload. The wait is generous: this
            // checks the push, not its speed (the whole platform and Chromium share two cores here)
            browser.until(Duration.ofSeconds(10), d -> !d.findElements(By.cssSelector("a[data-case-number='" + number + "']")).isEmpty());
            assertThat(browser.script("return window.notReloaded === true;")).isEqualTo(true);
            browser.screenshot("02-dispatcher-inbox");

            browser.click("a[data-case-number='" + number + "']");
            browser.until(d -> number.equals(browser.find("#case-number").getText()));
            browser.until(d -> browser.find("#case-description").getText().equals(description));
            browser.visible("#case-chain");
            browser.until(d -> !d.findElements(By.cssSelector(".case-map path.case-point")).isEmpty());
            browser.screenshot("03-case-detail-dispatched");

            act(browser, "accept", "已派环卫班组前往", null);
            awaitState(browser, "accepted");
            act(browser, "resolve", "已清运并冲洗地面", photo);
            awaitState(browser, "resolved");
            browser.screenshot("05-case-detail-resolved");

            browser.logout();
            browser.go("/cases/" + caseId);
            browser.login(townshipName, PASSWORD);
            browser.until(d -> number.equals(browser.find("#case-number").getText()));
            act(browser, "verify-pass", "现场已清理干净", photo);
            awaitState(browser, "verified");
            act(browser, "close", "同意结案", null);
            awaitState(browser, "closed");
            browser.screenshot("06-case-detail-closed");

            // the timeline on the page is the API's, newest first
            String township = tokens.issue("it-township", Role.TOWNSHIP, List.of(TOWNSHIP));
            List<Map> api = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/cases/" + caseId + "/timeline").bearerAuth(township),
                    Argument.listOf(Map.class));
            List<WebElement> entries = browser.all("#case-timeline .timeline-entry");
            assertThat(entries).hasSize(api.size());
            for (int i = 0; i < api.size(); i++) {
                Map<?, ?> expected = api.get(api.size() - 1 - i);
                WebElement shown = entries.get(i);
                assertThat(shown.getAttribute("data-action")).isEqualTo(expected.get("action"));
                assertThat(shown.getAttribute("data-to-state")).isEqualTo(expected.get("toState"));
                assertThat(shown.getText()).contains((String) expected.get("actor"));
            }
            assertThat(api).extracting(e -> e.get("action")).containsSubsequence("accept", "resolve", "verify", "close");
            Map<?, ?> resolved = api.stream().filter(e -> "resolve".equals(e.get("action"))).findFirst().orElseThrow();
            assertThat((List<?>) resolved.get("photos")).as("the result photo is on record").hasSize(1);
            browser.until(d -> browser.all("#case-timeline .timeline-entry[data-action='resolve'] .photo").size() == 1);

            browser.go("/cases");
            browser.visible("#inbox-table");
            browser.screenshot("07-township-inbox");
            // POST /logout ends the session where the platform keeps sessions; one without them refuses it
            browser.assertNoConsoleErrors("/logout - Failed to load resource: .*status of 40[134]");
        }
    }

    private void act(ConsoleBrowser browser, String action, String note, Path photo) {
        browser.click("#case-actions button[data-action='" + action + "']");
        WebElement text = browser.visible(".action-dialog #action-note");
        text.sendKeys(note);
        if (photo != null) {
            browser.attach(photo);
            browser.until(d -> !d.findElements(By.cssSelector(".action-dialog .uploaded-photo")).isEmpty());
            browser.screenshot("04-dialog-" + action);
        }
        browser.click(".action-dialog #action-confirm");
    }

    private static void awaitState(ConsoleBrowser browser, String state) {
        browser.until(d -> state.equals(browser.find("#case-state").getAttribute("data-state")));
    }

    private void createUser(String username, String role, List<String> scope) {
        String admin = tokens.issue("it-admin", Role.ADMIN);
        http.toBlocking().exchange(HttpRequest.POST("/api/v1/users", ConsoleBrowser.user(username, PASSWORD, role, scope)).bearerAuth(admin));
    }

    /** A small JPEG as a phone would take it. */
    static Path picture() throws Exception {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 48; y++) {
                image.setRGB(x, y, (x * 4) << 16 | (y * 5) << 8 | 0x40);
            }
        }
        Path file = Files.createTempFile("result-", ".jpg");
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }
}
