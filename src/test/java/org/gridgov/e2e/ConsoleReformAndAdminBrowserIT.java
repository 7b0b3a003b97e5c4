package org.gridgov.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.gridgov.platform.calendar.WorkingCalendar;
import org.gridgov.platform.security.Role;
import org.gridgov.registry.app.RegistryDemoData;
import org.gridgov.support.ConsoleBrowser;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The reform office's and the administrator's pages in headless Chromium against the platform:
 * the reform office advances a selection round one stage (and the register agrees); an
 * administrator creates a township user with its township as scope and disables it (and the user
 * directory agrees). Every page of both menus is opened and photographed under target/screenshots/,
 * and a page that writes an error to the browser console fails the test.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.read-timeout", value = "60s") // the shared test machine can be slow
class ConsoleReformAndAdminBrowserIT {

    private static final String PASSWORD = "console-pass-3";
    private static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);
    private static final Argument<List<Map<String, Object>>> LIST = Argument.listOf(MAP);

    @Inject @Client("/") HttpClient http;
    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;
    @Inject RegistryDemoData demoRegister;

    /** Waits for pages, generous because the shared test machine can be slow. */
    private static final Duration LONG = Duration.ofSeconds(90);

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void theReformOfficeAdvancesARoundOneStage() {
        demoRegister.load(); // six published rounds, sites and two months of supervision, as the demo has them
        String reform = tokens.issue("it-reform", Role.REFORM_OFFICE);
        String officer = "reform-" + suffix;
        createUser(officer, "REFORM_OFFICE", List.of());
        String round = (2100 + ThreadLocalRandom.current().nextInt(7000)) + "H1";
        http.toBlocking().exchange(HttpRequest.POST("/api/v1/registry/rounds", Map.of("code", round, "quota", 10)).bearerAuth(reform));
        reportSiteFigures(reform);
        scoreDemoMeasures(reform);

        try (ConsoleBrowser browser = ConsoleBrowser.open(server.getURL())) {
            photographFailure(browser, "failed-reform", () -> reformPages(browser, officer, round));
        }
    }

    private void reformPages(ConsoleBrowser browser, String officer, String round) {
        browser.go("/reform/rounds");
        firstLoad(browser);
        browser.login(officer, PASSWORD);
        browser.until(LONG, ExpectedConditions.elementToBeClickable(By.cssSelector(".round-link[data-round='" + round + "']"))).click();
        browser.until(LONG, d -> round.equals(browser.find("#round-code").getText())
                && "nominating".equals(browser.find("#round-stage").getAttribute("data-stage")));
        WebElement advance = browser.visible("#advance-stage");
        assertThat(advance.getAttribute("data-next")).isEqualTo("mutual-evaluation");
        advance.click();
        browser.click(".el-message-box .el-button--primary");
        browser.until(LONG, d -> "mutual-evaluation".equals(browser.find("#round-stage").getAttribute("data-stage")));
        assertThat(http.toBlocking().retrieve(HttpRequest.GET("/api/v1/registry/rounds/" + round), MAP))
                .containsEntry("stage", "mutual-evaluation").containsEntry("nextStage", "public-voting");
        browser.screenshot("20-reform-round-advanced");

        browser.click(".round-link[data-round='2018H2']");
        waitFor(browser, "the round shown", () -> browser.find("#round-code").getText(), "2018H2");
        waitFor(browser, "2018H2's ranking rows", () -> browser.all("#round-ranking .el-table__body tr").size(), 10);
        browser.screenshot("21-reform-round-published");

        browser.go("/reform/measures");
        waitFor(browser, "measure rows", () -> browser.all("#measures-table .el-table__body tr").size(), 10);
        Object selected = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/registry/summary"), MAP).get("total");
        assertThat(browser.find("#summary-total").getText()).isEqualTo(String.valueOf(selected));
        browser.screenshot("22-reform-measures");

        browser.go("/reform/supervision?month=2018-12");
        waitFor(browser, "supervision rows", () -> browser.all("#supervision-table .el-table__body tr").size(), 8);
        assertThat(browser.all("#supervision-table .movement[data-movement]")).isNotEmpty();
        browser.screenshot("23-reform-supervision");

        browser.go("/reform/evaluations?year=2018");
        waitFor(browser, "evaluation rows", () -> browser.all("#evaluation-table .el-table__body tr").size(), 2);
        browser.screenshot("24-reform-evaluations");

        browser.go("/reform/sites");
        browser.until(LONG, ExpectedConditions.elementToBeClickable(By.cssSelector(".site-link[data-site='fengshui-grid']"))).click();
        waitFor(browser, "closure-rate charts", () -> browser.all("#site-detail[data-site='fengshui-grid'] .kpi[data-metric='closure_rate'] canvas").size(), 1);
        browser.screenshot("25-reform-sites");

        workMethodPage(browser);
        // the inspection recorded without its district is refused (422), which the page shows under the field
        browser.assertNoConsoleErrors("/api/v1/registry/work-method/.*/records - Failed to load resource: .*status of 422");
    }

    /**
     * 六个一: the office opens this month's page, records an inspection (督察); left without its district the
     * platform refuses it and the page says so under 区县; with the district it is listed under 督察.
     */
    @SuppressWarnings("unchecked")
    private void workMethodPage(ConsoleBrowser browser) {
        String month = YearMonth.now(WorkingCalendar.CHINA).toString();
        String title = "推广工作实地督察 " + suffix;
        browser.go("/reform/work-method?month=" + month);
        waitFor(browser, "the six activities", () -> browser.all("#work-method-page .activity-card").size(), 6);
        assertThat(browser.find("#work-method-ranking-link").getAttribute("href")).endsWith("#/reform/supervision?month=" + month);
        assertThat(browser.all(".record-activity")).extracting(b -> b.getAttribute("data-activity"))
                .as("排名 is computed, not recorded").containsExactly("scheduling", "inspection", "notice", "publicity", "consultation");

        browser.click("button.record-activity[data-activity='inspection']");
        browser.visible(".work-record-dialog #record-title").sendKeys(title);
        browser.find(".work-record-dialog #record-summary").sendKeys("台账任务完成过半，两项任务滞后");
        browser.click(".work-record-dialog #record-confirm");
        WebElement refused = browser.until(LONG, ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".work-record-dialog .el-form-item.is-error:has(#record-district) .el-form-item__error")));
        assertThat(refused.getText()).isEqualTo("督察须选择区县");
        browser.screenshot("32-reform-work-method-refused");

        openSelect(browser, ".work-record-dialog", "record-district");
        pickOption(browser, "博山区");
        browser.click(".work-record-dialog #record-confirm");
        browser.until(LONG, ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".work-record-dialog")));
        waitFor(browser, "the inspection listed", () -> browser.all(".activity-card[data-activity='inspection'] .work-record").stream()
                .anyMatch(row -> row.getText().contains(title) && row.getText().contains("博山区")), true);
        List<Map<String, Object>> activities = (List<Map<String, Object>>) http.toBlocking()
                .retrieve(HttpRequest.GET("/api/v1/registry/work-method/" + month), MAP).get("activities");
        List<Map<String, Object>> inspections = activities.stream().filter(a -> "inspection".equals(a.get("code")))
                .map(a -> (List<Map<String, Object>>) a.get("records")).findFirst().orElseThrow();
        assertThat(inspections).filteredOn(r -> title.equals(r.get("title"))).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("district", "370304").containsEntry("summary", "台账任务完成过半，两项任务滞后"));
        browser.script("window.scrollTo(0, 0)");
        browser.screenshot("33-reform-work-method");
    }

    @Test
    void anAdminCreatesAUserWithAScopeAndDisablesIt() throws IOException {
        String adminName = "admin-" + suffix;
        createUser(adminName, "ADMIN", List.of());
        String newUser = "town-" + suffix;
        Map<String, Object> township = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/areas?parent=370303")
                .bearerAuth(tokens.issue("it-admin", Role.ADMIN)), LIST).get(0);
        Path badGrids = bowTieGridFile();

        try (ConsoleBrowser browser = ConsoleBrowser.open(server.getURL())) {
            photographFailure(browser, "failed-admin", () -> adminPages(browser, adminName, newUser, township, badGrids));
        }
    }

    private void adminPages(ConsoleBrowser browser, String adminName, String newUser, Map<String, Object> township, Path badGrids) {
        browser.go("/admin/users");
        firstLoad(browser);
        browser.login(adminName, PASSWORD);
        browser.until(LONG, ExpectedConditions.elementToBeClickable(By.id("user-create"))).click();
        browser.visible(".user-dialog #new-username").sendKeys(newUser);
        browser.find(".user-dialog #new-display-name").sendKeys("张店测试镇街");
        browser.find(".user-dialog #new-password").sendKeys(PASSWORD);
        openSelect(browser, ".user-dialog", "new-role");
        pickOption(browser, "镇街指挥中心");
        openSelect(browser, ".user-dialog", "scope-township");
        browser.driver().switchTo().activeElement().sendKeys((String) township.get("name"));
        pickOption(browser, township.get("name") + "（" + township.get("code") + "）");
        browser.screenshot("26-admin-user-create");
        browser.click("#user-create-confirm");

        browser.visible("#user-keyword").sendKeys(newUser);
        browser.until(LONG, d -> !browser.all(".user-toggle[data-username='" + newUser + "']").isEmpty());
        assertThat(user(newUser)).containsEntry("role", "TOWNSHIP").containsEntry("scope", List.of(township.get("code")))
                .containsEntry("enabled", true);
        assertThat(browser.find("#users-table .user-scope").getText()).isEqualTo(township.get("name"));

        browser.click(".user-toggle[data-username='" + newUser + "']");
        browser.visible(".el-message-box");
        browser.screenshot("27-admin-user-disable-confirm");
        browser.click(".el-message-box .el-button--primary");
        browser.until(LONG, d -> "false".equals(browser.find("#users-table .user-status").getAttribute("data-enabled")));
        assertThat(user(newUser)).containsEntry("enabled", false);
        browser.find("#user-keyword").clear();
        browser.script("document.activeElement.blur()");
        browser.screenshot("28-admin-users");

        browser.go("/admin/rules");
        browser.until(LONG, d -> browser.all("#rules-table .el-table__body tr").size() == 10);
        browser.screenshot("29-admin-rules");

        browser.go("/admin/grids");
        WebElement input = browser.until(LONG, d -> d.findElement(By.id("import-file")));
        input.sendKeys(badGrids.toAbsolutePath().toString());
        browser.until(LONG, ExpectedConditions.elementToBeClickable(By.id("import-start"))).click();
        browser.until(LONG, d -> !browser.all("#import-report[data-written='false']").isEmpty());
        assertThat(browser.find("#report-rejected").getText()).isEqualTo("1");
        assertThat(browser.find("#rejected-table").getText()).contains("370303102001901").contains("Self-intersection");
        browser.screenshot("30-admin-grid-import-report");

        browser.go("/admin/outbox");
        browser.until(LONG, ExpectedConditions.visibilityOfElementLocated(By.id("outbox-table")));
        browser.until(LONG, d -> browser.all("#outbox-table .el-loading-mask").stream().noneMatch(WebElement::isDisplayed));
        browser.screenshot("31-admin-outbox");
        // the refused grid import answers 422, which the page expects (and shows as the report); Chrome logs it anyway
        browser.assertNoConsoleErrors("/api/v1/grids/import\\?.* - Failed to load resource: .*status of 422");
    }

    /** Waits for what the page shows to become the expected value; if it never does, says what it showed last. */
    private static void waitFor(ConsoleBrowser browser, String what, Supplier<Object> shown, Object expected) {
        AtomicReference<Object> last = new AtomicReference<>();
        try {
            browser.until(LONG, d -> {
                try {
                    last.set(shown.get());
                } catch (WebDriverException e) {
                    last.set(e.getClass().getSimpleName());
                }
                return expected.equals(last.get());
            });
        } catch (TimeoutException e) {
            throw new AssertionError(what + ": expected " + expected + " but the page showed " + last.get() + " (" + browser.driver().getCurrentUrl() + ")", e);
        }
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

    /** The console's first load (a megabyte of script) can take long on a busy machine. */
    private static void firstLoad(ConsoleBrowser browser) {
        browser.until(Duration.ofSeconds(120), ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    }

    private void createUser(String username, String role, List<String> scope) {
        http.toBlocking().exchange(HttpRequest.POST("/api/v1/users", ConsoleBrowser.user(username, PASSWORD, role, scope))
                .bearerAuth(tokens.issue("it-admin", Role.ADMIN)));
    }

    private Map<String, Object> user(String username) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/v1/users/" + username).bearerAuth(tokens.issue("it-admin", Role.ADMIN)), MAP);
    }

    /**
     * Opens an Element Plus select. Its id lands on the inner input, which is hidden (or too small to click) until the
     * select is open, so the visible wrapper around it is what takes the click.
     */
    private static void openSelect(ConsoleBrowser browser, String within, String id) {
        By wrapper = By.cssSelector(within + " .el-select:has(#" + id + ") .el-select__wrapper");
        browser.until(LONG, ExpectedConditions.elementToBeClickable(wrapper)).click();
    }

    /** Clicks the visible option of the open Element Plus dropdown with exactly this text. */
    private static void pickOption(ConsoleBrowser browser, String text) {
        WebElement option = browser.until(LONG, d -> d.findElements(By.cssSelector(".el-select-dropdown__item")).stream()
                .filter(WebElement::isDisplayed).filter(item -> item.getText().trim().equals(text)).findFirst().orElse(null));
        browser.script("arguments[0].scrollIntoView({block: 'nearest'});", option);
        option.click();
    }

    /** Figures for the grid platform's own showcase site, three months of a rising closure rate. */
    private void reportSiteFigures(String token) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        double[] rates = {91.5, 93.2, 95.8};
        for (int i = 0; i < rates.length; i++) {
            http.toBlocking().exchange(HttpRequest.POST("/api/v1/registry/sites/fengshui-grid/kpis", Map.of("metric", "closure_rate",
                    "value", rates[i], "unit", "%", "period", "2018-1" + i, "measuredAt", now.minus(3 - i, ChronoUnit.DAYS).toString()))
                    .bearerAuth(token));
        }
    }

    /** Three experts score two of the measures 2018's rounds selected. */
    private void scoreDemoMeasures(String token) {
        List<Map<String, Object>> of2018 = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/registry/measures"), LIST).stream()
                .filter(m -> String.valueOf(m.get("originRound")).startsWith("2018")).limit(2).toList();
        int expert = 0;
        for (Map<String, Object> measure : of2018) {
            for (int points : new int[] {6, 8, 9}) {
                http.toBlocking().exchange(HttpRequest.POST("/api/v1/registry/evaluations/2018/scores", Map.of("panel", "2018年度评审组",
                        "expert", "专家" + (++expert % 3 + 1), "measureId", measure.get("id"), "points", Map.of("innovation", points,
                                "voluntariness", 7, "benefit", points, "importance", 8, "economy", 6, "transferability", points - 1)))
                        .bearerAuth(token));
            }
        }
    }

    /** One grid whose outline crosses itself: the import refuses it and says why. */
    private static Path bowTieGridFile() throws IOException {
        Path file = Files.createTempFile("bow-tie-grid", ".geojson");
        Files.writeString(file, """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"370303102001901","name":"测试网格",
                "kind":"comprehensive","households":300,"population":900},"geometry":{"type":"Polygon","coordinates":
                [[[118.05,36.81],[118.06,36.82],[118.06,36.81],[118.05,36.82],[118.05,36.81]]]}}]}
                """);
        return file;
    }
}
