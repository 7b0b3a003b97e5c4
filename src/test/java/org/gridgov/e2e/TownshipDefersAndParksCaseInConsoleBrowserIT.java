package org.gridgov.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridgov.platform.security.Role;
import org.gridgov.support.ConsoleBrowser;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The township operator in headless Chromium: on a case 城管局 holds, 缓办 with a reason and a
 * resume date from the date picker (the page then shows 缓办中, the reason and the date), 恢复办理
 * with a note, then 挂账 with a reason (挂账中) and 恢复办理 again; a 恢复办理 without a note is
 * refused in the dialog. Screenshots go to target/screenshots/.
 */
@MicronautTest(transactional = false)
class TownshipDefersAndParksCaseInConsoleBrowserIT {

    private static final String TOWNSHIP = "370303102"; // 沣水镇
    private static final String PASSWORD = "console-pass-1";

    @Inject @Client("/") HttpClient http;
    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;

    @Test
    void theTownshipDefersResumesParksAndResumesACaseInTheConsole() {
        CaseFlow flow = new CaseFlow(http, tokens);
        CaseFlow.Grid grid = flow.createGrid();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String townshipName = "fsz-pause-" + suffix;
        String admin = tokens.issue("it-admin", Role.ADMIN);
        http.toBlocking().exchange(HttpRequest.POST("/api/v1/users",
                ConsoleBrowser.user(townshipName, PASSWORD, "TOWNSHIP", List.of(TOWNSHIP))).bearerAuth(admin));
        String worker = tokens.issue("console-worker-" + suffix, Role.WORKER, List.of(grid.code()));
        String reportId = flow.report(worker, grid, "0102", "路边堆放装修垃圾 " + suffix, Instant.now().minusSeconds(300));
        Map<String, Object> dispatched = flow.awaitCaseOnPhone(reportId, worker, "dispatched");
        String caseId = (String) dispatched.get("id");
        String number = (String) dispatched.get("number");
        String resumeOn = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10).toString();

        try (ConsoleBrowser browser = ConsoleBrowser.open(server.getURL())) {
            browser.go("/cases/" + caseId);
            browser.login(townshipName, PASSWORD);
            browser.until(d -> number.equals(browser.find("#case-number").getText()));

            browser.click("#case-actions button[data-action='defer']");
            browser.visible(".action-dialog #action-reason").sendKeys("装修垃圾需等待业主委托清运，十日后恢复");
            WebElement date = browser.visible(".action-dialog #action-resume-on");
            date.click();
            date.sendKeys(resumeOn, Keys.ENTER);
            browser.screenshot("pause-01-defer-dialog");
            browser.click(".action-dialog #action-confirm");
            awaitState(browser, "deferred");
            assertThat(browser.find("#case-state").getText()).isEqualTo("缓办中");
            assertThat(browser.find("#case-pause-reason").getText()).contains("装修垃圾需等待业主委托清运");
            assertThat(browser.find("#case-pause-resume-on").getText()).isEqualTo(resumeOn);
            assertThat(browser.find(".head [data-warning]").getAttribute("data-warning")).as("no warning colour while paused").isEqualTo("paused");
            assertThat(browser.find(".head [data-warning]").getText()).isEqualTo("暂停计时");
            awaitDialogClosed(browser);
            browser.screenshot("pause-02-deferred");

            // the inbox shows the deferred case without a warning colour either
            browser.go("/cases");
            String pausedCell = "//tr[.//a[@data-case-number='" + number + "']]//*[@data-warning='paused']";
            browser.until(d -> !d.findElements(By.xpath(pausedCell)).isEmpty());
            assertThat(browser.driver().findElement(By.xpath(pausedCell)).getText()).isEqualTo("暂停计时");
            browser.screenshot("pause-02-inbox");
            browser.go("/cases/" + caseId);
            browser.until(d -> number.equals(browser.find("#case-number").getText()));

            browser.click("#case-actions button[data-action='resume']");
            browser.visible(".action-dialog #action-note");
            browser.click(".action-dialog #action-confirm");
            browser.until(d -> d.getPageSource().contains("请填写恢复说明"));
            browser.find(".action-dialog #action-note").sendKeys("业主已委托，恢复办理");
            browser.click(".action-dialog #action-confirm");
            awaitState(browser, "dispatched");

            browser.click("#case-actions button[data-action='park']");
            browser.visible(".action-dialog #action-reason").sendKeys("垃圾堆放地块权属不清，需区里协调认定");
            browser.click(".action-dialog #action-confirm");
            awaitState(browser, "parked");
            assertThat(browser.find("#case-state").getText()).isEqualTo("挂账中");
            assertThat(browser.find("#case-pause").getText()).contains("待镇街恢复办理");
            assertThat(browser.find(".head [data-warning]").getAttribute("data-warning")).isEqualTo("paused");
            awaitDialogClosed(browser);
            browser.screenshot("pause-03-parked");

            browser.click("#case-actions button[data-action='resume']");
            browser.visible(".action-dialog #action-note").sendKeys("区里已明确由城管局清运");
            browser.click(".action-dialog #action-confirm");
            awaitState(browser, "dispatched");
            assertThat(browser.all("#case-timeline .timeline-entry[data-action='resume']")).hasSize(2);
            assertThat(browser.find(".head [data-warning]").getAttribute("data-warning")).as("the clock's colour again").isNotEqualTo("paused");
            browser.screenshot("pause-04-resumed");
            browser.assertNoConsoleErrors("/logout - Failed to load resource: .*status of 40[134]");
        }
        String township = tokens.issue("it-township", Role.TOWNSHIP, List.of(TOWNSHIP));
        assertThat(flow.caseView(caseId, township).get("state")).isEqualTo("dispatched");
    }

    /** The action dialog fades out after 确定: wait until it is gone, so that a screenshot shows the page. */
    private static void awaitDialogClosed(ConsoleBrowser browser) {
        browser.until(d -> d.findElements(By.cssSelector(".action-dialog #action-confirm")).stream()
                .noneMatch(WebElement::isDisplayed));
    }

    private static void awaitState(ConsoleBrowser browser, String state) {
        browser.until(d -> state.equals(browser.find("#case-state").getAttribute("data-state")));
    }
}
