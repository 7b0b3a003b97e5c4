package org.gridgov.dashboard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.networknt.schema.JsonSchema;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.platform.security.Role;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.gridgov.support.TestTownships;

/**
 * Opens /dashboard/ (which leads into the console's 驾驶舱) in headless Chromium, logs in through
 * the form as a township account, and checks
 * that the map draws the township's grids coloured by the metric and that the figures shown equal
 * the API's. Leaves a screenshot in target/screenshots/dashboard-page.png.
 */
@MicronautTest(transactional = false)
class DashboardPageBrowserIT {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    @Inject
    TestTokens tokens;

    @Inject
    JsonMapper json;

    @Value("${kafka.bootstrap.servers}")
    String bootstrap;

    private final Random random = new Random();
    private final ScriptedMonth month = ScriptedMonth.inDecade(1990, random);
    // a made-up township of 淄博 (district codes 370390–370399 are no real ones) that this test imports
    // as an area, so that a township account may be scoped to it, and whose grids and figures are this
    // test's alone
    private final String township = TestTownships.next();
    private final String district = township.substring(0, 6);

    @Test
    void aTownshipOperatorSeesColouredGridsAndTheFiguresOfTheApi() throws Exception {
        String[] grids = {township + "001001", township + "001002", township + "002001"};
        feedGridsAndCases(grids);
        String admin = tokens.issue("it-admin", Role.ADMIN, List.of());
        importTownship(admin);
        String username = "town" + UUID.randomUUID().toString().substring(0, 8);
        client.toBlocking().exchange(HttpRequest.POST("/api/v1/users", Map.of("username", username, "password", "secret-pass-1",
                "role", "TOWNSHIP", "scope", List.of(township))).bearerAuth(admin));
        String period = month.period();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(figures(admin, period).get("reported")).isEqualTo(6));
        Map<String, Object> api = client.toBlocking().retrieve(HttpRequest.GET("/api/v1/stats/areas/" + township + "?by=grid&" + period)
                .bearerAuth(admin), Argument.mapOf(String.class, Object.class));

        WebDriver browser = chromium();
        try {
            browser.get(server.getURL() + "/dashboard/?township=" + township + "&month=" + month.yearMonth() + "&refresh=3600");
            FluentWait<WebDriver> wait = new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class);
            // /dashboard/ is a page of the console now: its login form appears once the console has started
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
            browser.findElement(By.id("password")).sendKeys("secret-pass-1");
            browser.findElement(By.id("login-button")).click();

            wait.withMessage(() -> "page did not load the township: status '" + browser.findElement(By.id("updated")).getText()
                    + "', login error '" + browser.findElement(By.id("login-error")).getText() + "'");
            wait.until(b -> String.valueOf(b.findElement(By.tagName("body")).getAttribute("data-loaded")).startsWith(township));

            // the map draws vector tiles, which arrive after the figures: wait for them, reading the drawn
            // paths in the page at once (a tile redrawn meanwhile would leave a Java reference stale).
            // A grid that crosses a tile edge is one outline per tile it touches.
            org.openqa.selenium.JavascriptExecutor page = (org.openqa.selenium.JavascriptExecutor) browser;
            wait.withMessage(() -> "the map did not draw the grids and the case markers: " + drawnMap(page));
            wait.until(b -> {
                Map<String, Object> drawn = drawnMap(page);
                return ((Number) drawn.get("cells")).intValue() >= 3 && ((Number) drawn.get("markers")).intValue() == 6;
            });
            Map<String, Object> drawn = drawnMap(page);
            assertThat(((Number) drawn.get("cells")).intValue()).as("every grid drawn").isGreaterThanOrEqualTo(3);
            @SuppressWarnings("unchecked")
            Set<String> fills = new java.util.HashSet<>((List<String>) drawn.get("fills"));
            assertThat(fills).as("grids coloured by on-time close rate").doesNotContain("#bdbdbd").hasSizeGreaterThanOrEqualTo(2);
            assertThat(((Number) drawn.get("markers")).intValue()).as("case markers").isEqualTo(6);

            @SuppressWarnings("unchecked")
            Map<String, Object> total = (Map<String, Object>) api.get("figures");
            assertThat(browser.findElement(By.id("total-reported")).getText()).isEqualTo(String.valueOf(total.get("reported")));
            assertThat(browser.findElement(By.id("total-due")).getText()).isEqualTo(String.valueOf(total.get("due")));
            assertThat(browser.findElement(By.id("total-overdue-now")).getText()).isEqualTo(String.valueOf(total.get("overdueNow")));
            assertThat(browser.findElement(By.id("total-on-time-close-rate")).getText())
                    .isEqualTo(String.format("%.1f%%", ((Number) total.get("onTimeCloseRate")).doubleValue() * 100));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rows = (List<Map<String, Object>>) api.get("rows");
            List<WebElement> tableRows = browser.findElements(By.cssSelector("#figures-table tbody tr"));
            assertThat(tableRows).hasSize(rows.size());
            for (Map<String, Object> row : rows) {
                WebElement line = browser.findElement(By.cssSelector("#figures-table tr[data-grid='" + row.get("key") + "']"));
                assertThat(line.findElement(By.cssSelector("td.reported")).getText())
                        .isEqualTo(String.valueOf(((Map<?, ?>) row.get("figures")).get("reported")));
            }
            assertThat(browser.findElements(By.cssSelector("#overdue-table tbody tr"))).hasSize(((Number) total.get("overdueNow")).intValue());
            assertThat(browser.findElement(By.id("trend")).getAttribute("data-days")).isNotEqualTo("0");

            Path shot = Path.of("target", "screenshots", "dashboard-page.png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            assertThat(Files.size(shot)).isGreaterThan(10_000);
        } finally {
            browser.quit();
        }
    }

    private void importTownship(String admin) {
        String csv = "code,name,level,parent_code\n370300,淄博市,city,370000\n" + district + ",测试区,district,370300\n"
                + township + ",测试镇,township," + district + "\n";
        client.toBlocking().exchange(HttpRequest.POST("/api/v1/areas/import", csv).contentType(MediaType.TEXT_PLAIN).bearerAuth(admin));
    }

    private Map<?, ?> figures(String token, String period) {
        Map<String, Object> body = client.toBlocking().retrieve(HttpRequest.GET("/api/v1/stats/areas/" + township + "?" + period)
                .bearerAuth(token), Argument.mapOf(String.class, Object.class));
        return (Map<?, ?>) body.get("figures");
    }

    private void feedGridsAndCases(String[] grids) {
        try (Feed feed = new Feed(bootstrap, json)) {
            JsonSchema gridSchema = Feed.schema("grid.v1.schema.json");
            JsonSchema casesSchema = Feed.schema("cases.v1.schema.json");
            String[] names = {"矿山一网格", "矿山二网格", "北苑网格"};
            for (int i = 0; i < grids.length; i++) {
                feed.send(Topics.GRID, gridSchema, grids[i], GridMessages.squareCell(grids[i], names[i], 118.00 + i * 0.01, 36.80, 0.01));
            }
            // grid 1: two closed on time; grid 2: one closed late, one open and overdue; grid 3: one late, one on time
            List<CaseScript> cases = List.of(
                    CaseScript.reported(grids[0], month.at(2, 9), 36.805, 118.004).registered(month.at(2, 10)).dispatched("CGJ", month.at(2, 11), month.at(6, 11)).resolved(month.at(3, 9)).closed(month.at(3, 12)),
                    CaseScript.reported(grids[0], month.at(4, 9), 36.803, 118.006).registered(month.at(4, 10)).dispatched("CGJ", month.at(4, 11), month.at(8, 11)).resolved(month.at(5, 9)).closed(month.at(5, 12)),
                    CaseScript.reported(grids[1], month.at(3, 9), 36.805, 118.014).registered(month.at(3, 10)).dispatched("ZJJ", month.at(3, 11), month.at(5, 11)).resolved(month.at(7, 9)).closed(month.at(7, 12)),
                    CaseScript.reported(grids[1], month.at(6, 9), 36.806, 118.016).registered(month.at(6, 10)).dispatched("ZJJ", month.at(6, 11), month.at(9, 11)),
                    CaseScript.reported(grids[2], month.at(8, 9), 36.804, 118.024).registered(month.at(8, 10)).dispatched("CGJ", month.at(8, 11), month.at(10, 11)).resolved(month.at(12, 9)).closed(month.at(12, 12)),
                    CaseScript.reported(grids[2], month.at(9, 9), 36.807, 118.026).registered(month.at(9, 10)).dispatched("CGJ", month.at(9, 11), month.at(15, 11)).resolved(month.at(10, 9)).closed(month.at(10, 12)));
            cases.forEach(c -> c.events().forEach(e -> feed.send(Topics.CASES, casesSchema, c.caseId(), e)));
        }
    }


    private static WebDriver chromium() throws Exception {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1400,1100",
                "--user-data-dir=" + Files.createTempDirectory("gridgov-chromium"));
        return new ChromeDriver(options);
    }

    /** The map as drawn now: how many grid outlines, their fills and how many case markers. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> drawnMap(org.openqa.selenium.JavascriptExecutor page) {
        return (Map<String, Object>) page.executeScript("""
                const cells = [...document.querySelectorAll('#map path.grid-cell')];
                return { cells: cells.length, fills: cells.map(c => c.getAttribute('fill')),
                         markers: document.querySelectorAll('#map path.leaflet-interactive:not(.grid-cell)').length };""");
    }
}
