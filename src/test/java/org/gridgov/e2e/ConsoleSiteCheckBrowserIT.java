package org.gridgov.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridgov.platform.security.Role;
import org.gridgov.support.ConsoleBrowser;
import org.gridgov.support.EvidencePhotoUploads;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The township operator's side of two things the grid's worker does on site, in headless Chromium against the
 * whole platform: 核实 — a citizen's report waits in 待立案, the operator clicks 核实, the case shows 核实中, the
 * worker answers 属实 from the phone and the console shows the answer with the case back in 待立案, ready for 立案;
 * 自处置 — a problem the worker fixed on the spot (即查即办) shows as closed without a department. Screenshots go
 * to target/screenshots/.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.read-timeout", value = "60s") // the shared test machine can be slow
class ConsoleSiteCheckBrowserIT {

    private static final String TOWNSHIP = "370303102"; // 沣水镇
    private static final String PASSWORD = "console-pass-4";
    /** Waits for pages, generous because the shared test machine can be slow. */
    private static final Duration LONG = Duration.ofSeconds(90);

    @Inject @Client("/") HttpClient http;
    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void theTownshipAsksTheGridsWorkerToCheckACitizensReportBeforeRegisteringIt() {
        CaseFlow flow = new CaseFlow(http, tokens);
        CaseFlow.Grid grid = flow.createGrid();
        String operator = "fsz-check-" + suffix;
        createUser(operator, "TOWNSHIP", List.of(TOWNSHIP));
        String workerName = "check-worker-" + suffix;
        String worker = tokens.issue(workerName, Role.WORKER, List.of(grid.code()));
        String township = tokens.issue("it-township", Role.TOWNSHIP, List.of(TOWNSHIP));
        String caseId = citizensReport(flow, grid, township);

        try (ConsoleBrowser browser = ConsoleBrowser.open(server.getURL())) {
            photographFailure(browser, "failed-site-check", () -> {
                browser.go("/cases/" + caseId);
                firstLoad(browser);
                browser.login(operator, PASSWORD);
                awaitState(browser, "reported");
                assertThat(browser.find("#case-info").getText()).contains("群众上报");

                browser.until(LONG, ExpectedConditions.elementToBeClickable(By.cssSelector("#case-actions button[data-action='request-check']")))
                        .click();
                browser.visible(".action-dialog #action-note").sendKeys("请网格员现场核实是否属实");
                browser.click(".action-dialog #action-confirm");
                awaitState(browser, "checking");
                assertThat(browser.find("#case-state").getText()).isEqualTo("核实中");
                WebElement asked = browser.visible("#case-check[data-check='requested']");
                assertThat(asked.getText()).contains("核实中").contains("前答复");
                assertThat(browser.all("#case-actions button[data-action='register']")).as("no 立案 while it is being checked").isEmpty();
                assertThat(flow.caseView(caseId, township)).containsEntry("state", "checking");
                browser.screenshot("40-township-site-check-requested");

                // the grid's worker answers from the phone; the open page hears of it and offers the fresh case
                flow.act(caseId, "confirm", worker, Map.of("note", "现场确有垃圾堆放 " + suffix,
                        "photos", List.of(EvidencePhotoUploads.upload(http, worker))));
                browser.until(LONG, ExpectedConditions.visibilityOfElementLocated(By.id("changed-elsewhere")));
                browser.click("#changed-elsewhere .el-button");
                awaitState(browser, "reported");
                WebElement answer = browser.until(LONG, d -> d.findElement(By.cssSelector("#case-check[data-check='confirmed']")));
                assertThat(answer.getText()).contains("网格员核实：属实").contains(workerName).contains("现场确有垃圾堆放 " + suffix);
                browser.visible("#case-actions button[data-action='register']");
                assertThat(browser.find("#case-timeline").getText()).contains("请求核实").contains("核实属实");
                browser.screenshot("41-township-site-check-confirmed");
                browser.assertNoConsoleErrors();
            });
        }
    }

    @Test
    void aProblemTheWorkerFixedOnTheSpotShowsAsSelfResolvedInTheConsole() {
        CaseFlow flow = new CaseFlow(http, tokens);
        CaseFlow.Grid grid = flow.createGrid();
        String operator = "fsz-self-" + suffix;
        createUser(operator, "TOWNSHIP", List.of(TOWNSHIP));
        String worker = tokens.issue("self-worker-" + suffix, Role.WORKER, List.of(grid.code()));
        String after = EvidencePhotoUploads.upload(http, worker);
        Map<?, ?> report = http.toBlocking().retrieve(HttpRequest.POST("/api/v1/reports", Map.of(
                "clientReportId", UUID.randomUUID().toString(), "category", "0102", "description", "路边一小堆垃圾 " + suffix,
                "observedAt", Instant.now().minusSeconds(300).toString(),
                "location", Map.of("lat", grid.lat(), "lon", grid.lon(), "accuracy", 8, "crs", "wgs84"),
                "selfResolved", true, "afterPhotos", List.of(after), "resolutionNote", "已当场清扫装袋")).bearerAuth(worker), Map.class);
        String caseId = (String) flow.awaitCaseOnPhone((String) report.get("id"), worker, "closed").get("id");

        try (ConsoleBrowser browser = ConsoleBrowser.open(server.getURL())) {
            photographFailure(browser, "failed-self-resolved", () -> {
                browser.go("/cases/" + caseId);
                firstLoad(browser);
                browser.login(operator, PASSWORD);
                awaitState(browser, "closed");
                assertThat(browser.visible("#self-resolved").getText()).contains("当场自行处置").contains("未派遣部门");
                assertThat(browser.find("#case-info").getText()).contains("即查即办");
                browser.until(LONG, d -> browser.all("#case-timeline .timeline-entry").size() == 4);
                assertThat(browser.all("#case-timeline .timeline-entry")).extracting(e -> e.getAttribute("data-action"))
                        .containsExactly("self-close", "self-resolve", "self-register", "open");
                browser.screenshot("42-township-self-resolved-case");
                browser.assertNoConsoleErrors();
            });
        }
    }

    /** A citizen's report through Open311 in the grid; answers its case once it waits in reported for the township. */
    @SuppressWarnings("rawtypes")
    private String citizensReport(CaseFlow flow, CaseFlow.Grid grid, String township) {
        String admin = tokens.issue("it-admin", Role.ADMIN);
        Map<?, ?> key = http.toBlocking().retrieve(HttpRequest.POST("/api/v1/open311/keys", Map.of("clientName", "核实测试随手拍"))
                .bearerAuth(admin), Map.class);
        String body = "api_key=" + key.get("key") + "&service_code=0102&lat=" + grid.lat() + "&long=" + grid.lon()
                + "&description=" + URLEncoder.encode("小区门口有人乱倒垃圾 " + suffix, StandardCharsets.UTF_8);
        List<Map> created = http.toBlocking().retrieve(HttpRequest.POST("/open311/v2/requests.json", body)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), Argument.listOf(Map.class));
        String reportId = (String) created.get(0).get("service_request_id");
        String caseId = await().atMost(Duration.ofSeconds(60)).until(() -> {
            Map<?, ?> status = (Map<?, ?>) flow.get("/api/v1/reports/" + reportId, township).get("caseStatus");
            return status == null ? null : (String) status.get("id");
        }, id -> id != null);
        await().atMost(Duration.ofSeconds(30)).until(() -> "reported".equals(flow.caseView(caseId, township).get("state")));
        return caseId;
    }

    private static void awaitState(ConsoleBrowser browser, String state) {
        browser.until(LONG, d -> state.equals(browser.find("#case-state").getAttribute("data-state")));
    }

    /** The console's first load (a megabyte of script) can take long on a busy machine. */
    private static void firstLoad(ConsoleBrowser browser) {
        browser.until(Duration.ofSeconds(120), ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    }

    /** Leaves a screenshot of the page as it was when a step failed. */
    private static void photographFailure(ConsoleBrowser browser, String name, Runnable steps) {
        try {
            steps.run();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot(name);
            throw e;
        }
    }

    private void createUser(String username, String role, List<String> scope) {
        http.toBlocking().exchange(HttpRequest.POST("/api/v1/users", ConsoleBrowser.user(username, PASSWORD, role, scope))
                .bearerAuth(tokens.issue("it-admin", Role.ADMIN)));
    }
}
