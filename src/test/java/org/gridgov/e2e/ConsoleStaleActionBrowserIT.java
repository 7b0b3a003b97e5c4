package org.gridgov.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridgov.platform.security.Role;
import org.gridgov.support.ConsoleBrowser;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Two dispatchers of one department on one case: the one in the console writes a note while a
 * colleague accepts the case first. The page says the case changed, and 确定 on the old version is
 * refused (412); the page explains it in plain Chinese and shows the case as it now stands.
 */
@MicronautTest(transactional = false)
class ConsoleStaleActionBrowserIT {

    private static final String PASSWORD = "console-pass-2";

    @Inject @Client("/") HttpClient http;
    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;

    @Test
    void anActionOnAStaleCaseIsExplainedAndTheFreshCaseShown() {
        CaseFlow flow = new CaseFlow(http, tokens);
        CaseFlow.Grid grid = flow.createGrid();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String dispatcherName = "cgj-a-" + suffix;
        String admin = tokens.issue("it-admin", Role.ADMIN);
        http.toBlocking().exchange(HttpRequest.POST("/api/v1/users",
                ConsoleBrowser.user(dispatcherName, PASSWORD, "DISPATCHER", List.of("CGJ"))).bearerAuth(admin));
        String colleague = tokens.issue("cgj-b-" + suffix, Role.DISPATCHER, List.of("CGJ"));
        String worker = tokens.issue("console-worker-" + suffix, Role.WORKER, List.of(grid.code()));
        String reportId = flow.report(worker, grid, "0102", "路边暴露垃圾 " + suffix, Instant.now().minusSeconds(120));
        String caseId = (String) flow.awaitCaseOnPhone(reportId, worker, "dispatched").get("id");

        try (ConsoleBrowser browser = ConsoleBrowser.open(server.getURL())) {
            browser.go("/cases/" + caseId);
            browser.login(dispatcherName, PASSWORD);
            browser.until(d -> "dispatched".equals(browser.find("#case-state").getAttribute("data-state")));
            browser.click("#case-actions button[data-action='accept']");
            browser.visible(".action-dialog #action-note").sendKeys("马上安排");

            Map<String, Object> acceptedFirst = flow.act(caseId, "accept", colleague, Map.of("note", "我来处理"));
            assertThat(acceptedFirst.get("state")).isEqualTo("accepted");
            browser.visible("#changed-elsewhere");

            browser.click(".action-dialog #action-confirm");
            String explanation = browser.visible(".conflict-box").getText();
            assertThat(explanation).contains("已被其他人修改").contains("最新状态");
            browser.screenshot("08-stale-action-412");
            browser.click(".conflict-box .el-button--primary");

            browser.until(d -> "accepted".equals(browser.find("#case-state").getAttribute("data-state")));
            assertThat(browser.all("#case-actions button[data-action='accept']")).as("no 受理 on an accepted case").isEmpty();
            assertThat(browser.driver().findElements(By.cssSelector("#case-timeline .timeline-entry[data-action='accept']")))
                    .hasSize(1).first().satisfies(entry -> assertThat(entry.getText()).contains("cgj-b-" + suffix).contains("我来处理"));
            browser.screenshot("09-stale-action-fresh-case");
            browser.assertNoConsoleErrors("/accept - Failed to load resource: .*status of 412");
        }
    }
}
