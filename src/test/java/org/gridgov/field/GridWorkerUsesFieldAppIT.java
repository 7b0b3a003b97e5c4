package org.gridgov.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A grid worker (网格员) uses the field app at /app/ in headless Chromium on a phone-sized screen,
 * against the whole platform (real PostGIS and Kafka): reports filed offline reach the platform
 * once each with their photos when the network returns, a verification answered offline reaches its
 * case, an expired access token is renewed with the device's refresh token, and the app is an
 * installable PWA that opens offline. Screenshots go to target/screenshots/.
 */
@MicronautTest(transactional = false)
// a loaded machine can take longer than the default 10 s to answer the setup calls
@Property(name = "micronaut.http.client.read-timeout", value = "60s")
class GridWorkerUsesFieldAppIT {

    @Inject @Client("/") HttpClient http;
    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;
    @Inject JsonMapper json;

    @Test
    void threeReportsFiledOfflineAreStoredOnceWithTheirPhotosAndShowTheirCaseNumbers() {
        Platform platform = new Platform(http, tokens);
        Platform.Grid grid = platform.grid();
        String worker = platform.worker(grid);
        try (FieldAppBrowser phone = new FieldAppBrowser(server.getPort())) {
            phone.standAt(grid.lat(), grid.lon());
            phone.open();
            phone.await(By.id("username"));
            phone.screenshot("field-login");
            phone.logIn(worker, Platform.PASSWORD);
            awaitControlledByServiceWorker(phone);
            phone.await(By.xpath("//*[@id='placement'][contains(., '" + grid.name() + "')]"));

            phone.goOffline();
            for (int i = 1; i <= 3; i++) {
                fileReport(phone, "暴露垃圾", "离线上报第" + i + "条：路边垃圾堆积", "P" + i);
                if (i == 1) {
                    phone.screenshot("field-my-reports-offline");
                }
            }
            assertThat(phone.driver.findElements(By.cssSelector(".report-row"))).hasSize(3);
            assertThat(phone.driver.findElements(By.xpath("//*[contains(@class,'report-row')]//*[text()='待同步']")))
                    .hasSize(3);
            assertThat(platform.reportsOf(platform.tokenOf(worker, grid))).as("nothing reached the platform while offline").isEmpty();

            phone.closeAndReopen();
            phone.await(By.className("van-tabbar"));
            phone.tab("我的上报");
            assertThat(phone.driver.findElements(By.cssSelector(".report-row"))).as("the queue survived closing the app").hasSize(3);

            phone.goOnline();
            phone.waitUpTo(20).withMessage("each report shows its case number within 20 s")
                    .until(d -> d.findElements(By.cssSelector(".report-row .case-number")).stream()
                            .filter(e -> e.getText().startsWith("ZB-")).count() == 3);
            phone.screenshot("field-my-reports-synced");

            Set<String> inApp = phone.driver.findElements(By.cssSelector(".report-row")).stream()
                    .map(e -> e.getAttribute("data-client-report-id")).collect(Collectors.toSet());
            String token = platform.tokenOf(worker, grid);
            List<Map<String, Object>> stored = await().atMost(Duration.ofSeconds(20)).until(() -> platform.reportsOf(token),
                    reports -> reports.size() == 3 && reports.stream().allMatch(r -> ((List<?>) r.get("photos")).size() == 1));
            assertThat(stored).extracting(r -> (String) r.get("clientReportId")).containsExactlyInAnyOrderElementsOf(inApp);
            for (Map<String, Object> report : stored) {
                assertThat(((Map<?, ?>) report.get("grid")).get("gridCode")).isEqualTo(grid.code());
                String photoUrl = (String) ((Map<?, ?>) ((List<?>) report.get("photos")).get(0)).get("url");
                BufferedImage photo = image(platform.bytes(photoUrl, token));
                assertThat(Math.max(photo.getWidth(), photo.getHeight())).as("shrunk on the phone").isEqualTo(1600);
                String caseNumber = (String) ((Map<?, ?>) report.get("caseStatus")).get("number");
                assertThat(phone.driver.findElement(By.cssSelector(".report-row[data-client-report-id='" + report.get("clientReportId")
                        + "'] .case-number")).getText()).isEqualTo(caseNumber);
            }

            phone.click(By.cssSelector(".report-row"));
            phone.await(By.className("timeline"));
            phone.screenshot("field-report-detail");
        }
    }

    @Test
    void aProblemFixedOnTheSpotIsFiledOfflineAsSelfResolvedAndItsCaseClosesAtOnce() {
        Platform platform = new Platform(http, tokens);
        Platform.Grid grid = platform.grid();
        String worker = platform.worker(grid);
        try (FieldAppBrowser phone = new FieldAppBrowser(server.getPort())) {
            phone.standAt(grid.lat(), grid.lon());
            phone.open();
            phone.logIn(worker, Platform.PASSWORD);
            awaitControlledByServiceWorker(phone);
            phone.await(By.xpath("//*[@id='placement'][contains(., '" + grid.name() + "')]"));

            phone.goOffline();
            phone.tab("上报");
            phone.chooseCategory("暴露垃圾");
            phone.await(By.id("description")).sendKeys("路边一小堆垃圾，已当场清理");
            phone.driver.findElement(By.cssSelector("input[type=file]")).sendKeys(Platform.cameraPhoto("BEFORE").toString());
            phone.click(By.id("self-resolved"));
            phone.click(By.id("submit-report"));
            phone.await(By.xpath("//*[contains(@class,'van-toast')][contains(., '处置后照片')]"));
            phone.driver.findElement(By.cssSelector("#after-photos input[type=file]"))
                    .sendKeys(Platform.cameraPhoto("AFTER").toString());
            phone.driver.findElement(By.id("resolution-note")).sendKeys("已清扫装袋");
            phone.waitUpTo(40).until(d -> d.findElements(By.cssSelector(".van-uploader__preview-image")).size() == 2
                    && d.findElements(By.cssSelector(".van-uploader__mask")).isEmpty());
            phone.screenshot("field-report-self-resolved");
            phone.click(By.id("submit-report"));
            phone.await(By.xpath("//*[contains(@class,'report-row')][contains(., '已当场清理')]//*[text()='即查即办']"));

            phone.goOnline();
            String token = platform.tokenOf(worker, grid);
            Map<String, Object> report = await().atMost(Duration.ofSeconds(60)).until(() -> platform.reportsOf(token).stream()
                    .filter(r -> r.get("caseStatus") != null && "closed".equals(((Map<?, ?>) r.get("caseStatus")).get("state")))
                    .findFirst().orElse(null), r -> r != null && ((List<?>) r.get("photos")).size() == 1);
            assertThat(report.get("selfResolved")).isEqualTo(true);
            List<?> after = (List<?>) report.get("afterPhotos");
            assertThat(after).hasSize(1);
            assertThat(image(platform.bytes("/api/v1/photos/" + after.get(0), token)).getWidth()).as("shrunk on the phone").isEqualTo(1600);
            Map<String, Object> closed = platform.caseOf((String) ((Map<?, ?>) report.get("caseStatus")).get("id"), token);
            assertThat(((List<?>) closed.get("timeline")).stream().map(e -> (Object) ((Map<?, ?>) e).get("action")).toList())
                    .containsExactly("open", "self-register", "self-resolve", "self-close");
            phone.waitUpTo(30).until(d -> d.findElements(By.xpath(
                    "//*[contains(@class,'report-row')][contains(., '已当场清理')][contains(., '已结案')]")).size() == 1);
            phone.click(By.xpath("//*[contains(@class,'report-row')][contains(., '已当场清理')]"));
            phone.await(By.xpath("//*[contains(@class,'timeline')]//*[contains(text(),'自行处置')]"));
            phone.screenshot("field-report-self-resolved-closed");
        }
    }

    @Test
    void aReportTheTownshipAsksToCheckIsConfirmedOnSiteFromTheTaskList() {
        Platform platform = new Platform(http, tokens);
        Platform.Grid grid = platform.grid();
        String worker = platform.worker(grid);
        String caseId = platform.caseToCheck(worker, grid);
        try (FieldAppBrowser phone = new FieldAppBrowser(server.getPort())) {
            phone.standAt(grid.lat(), grid.lon());
            phone.open();
            phone.logIn(worker, Platform.PASSWORD);
            phone.tab("核查任务");
            By task = By.cssSelector(".check-row[data-case-id='" + caseId + "']");
            phone.await(task);
            phone.click(task);
            phone.await(By.xpath("//*[contains(@class,'detail-title')][contains(., '核实')]"));
            phone.await(By.id("verify-note")).sendKeys("现场确有垃圾堆放");
            phone.driver.findElement(By.cssSelector(".van-popup input[type=file]")).sendKeys(Platform.cameraPhoto("SEEN").toString());
            phone.waitUpTo(40).until(d -> d.findElements(By.cssSelector(".van-popup .van-uploader__preview-image")).size() == 1
                    && d.findElements(By.cssSelector(".van-popup .van-uploader__mask")).isEmpty());
            phone.screenshot("field-check-form");
            phone.click(By.id("submit-verification"));

            String token = platform.tokenOf(worker, grid);
            Map<String, Object> answered = await().atMost(Duration.ofSeconds(30)).until(() -> platform.caseOf(caseId, token),
                    c -> "reported".equals(c.get("state")));
            Map<?, ?> check = (Map<?, ?>) answered.get("check");
            assertThat(check.get("status")).isEqualTo("confirmed");
            assertThat(check.get("answeredBy")).isEqualTo(worker);
            assertThat(check.get("note")).isEqualTo("现场确有垃圾堆放");
            List<Map<?, ?>> confirmations = ((List<?>) answered.get("timeline")).stream().<Map<?, ?>>map(e -> (Map<?, ?>) e)
                    .filter(e -> "confirm".equals(e.get("action"))).toList();
            assertThat(confirmations).as("answered exactly once").hasSize(1);
            assertThat((List<?>) confirmations.get(0).get("photos")).hasSize(1);
            // shown on the task's own row while intake still lists the check (it learns the answer from
            // the case's events), under 已提交的核查 once it no longer does: either way, this case's answer as synced
            phone.await(By.xpath("//*[@data-case-id='" + caseId + "']//*[contains(., '属实') and contains(., '已同步')]"));
            // the app pulls again soon after an answer: the task leaves 待核实 for 已提交的核查 without a refresh
            // (an idle app pulls once a minute)
            phone.waitUpTo(30).until(d -> d.findElements(task).isEmpty());
            phone.await(By.cssSelector(".verification-row[data-case-id='" + caseId + "']"));
            phone.screenshot("field-check-synced");
        }
    }

    @Test
    void aVerificationAnsweredOfflineReachesTheCaseWhenTheNetworkReturns() {
        Platform platform = new Platform(http, tokens);
        Platform.Grid grid = platform.grid();
        String worker = platform.worker(grid);
        String caseId = platform.resolvedCase(worker, grid);
        try (FieldAppBrowser phone = new FieldAppBrowser(server.getPort())) {
            phone.standAt(grid.lat(), grid.lon());
            phone.open();
            phone.logIn(worker, Platform.PASSWORD);
            phone.tab("核查任务");
            By task = By.cssSelector(".task-row[data-case-id='" + caseId + "']");
            phone.await(task);
            phone.screenshot("field-tasks");

            phone.goOffline();
            phone.click(task);
            phone.await(By.xpath("//*[contains(@class,'timeline')]//*[contains(text(),'已清运完毕')]"));
            phone.await(By.id("verify-note")).sendKeys("现场已清理干净");
            phone.driver.findElement(By.cssSelector(".van-popup input[type=file]"))
                    .sendKeys(Platform.cameraPhoto("OK").toString());
            phone.waitUpTo(40).until(d -> d.findElements(By.cssSelector(".van-popup .van-uploader__preview-image")).size() == 1
                    && d.findElements(By.cssSelector(".van-popup .van-uploader__mask")).isEmpty());
            phone.screenshot("field-verify-form");
            phone.click(By.id("submit-verification"));
            phone.await(By.xpath("//*[contains(@class,'task-row')]//*[contains(., '通过') and contains(., '待同步')]"));
            String dispatcherView = "/api/v1/cases/" + caseId;
            String token = platform.tokenOf(worker, grid);
            assertThat(platform.caseOf(caseId, token).get("state")).as("nothing sent while offline").isEqualTo("resolved");

            phone.goOnline();
            Map<String, Object> verified = await().atMost(Duration.ofSeconds(20)).until(() -> platform.get(dispatcherView, token),
                    c -> "verified".equals(c.get("state")));
            List<?> timeline = (List<?>) verified.get("timeline");
            List<Map<?, ?>> verifications = timeline.stream().<Map<?, ?>>map(e -> (Map<?, ?>) e).filter(e -> "verify".equals(e.get("action"))).toList();
            assertThat(verifications).as("verified exactly once").hasSize(1);
            assertThat(verifications.get(0).get("actor")).isEqualTo(worker);
            assertThat(verifications.get(0).get("note")).isEqualTo("现场已清理干净");
            List<?> photos = (List<?>) verifications.get(0).get("photos");
            assertThat(photos).hasSize(1);
            assertThat(image(platform.bytes("/api/v1/photos/" + photos.get(0), token)).getWidth()).isEqualTo(1600);
            // on the task's row or under 已提交的核查, as intake has learnt the answer or not yet
            phone.await(By.xpath("//*[@data-case-id='" + caseId + "']//*[contains(., '通过') and contains(., '已同步')]"));
            phone.waitUpTo(30).until(d -> d.findElements(task).isEmpty());
            phone.await(By.cssSelector(".verification-row[data-case-id='" + caseId + "']"));
            phone.screenshot("field-tasks-synced");
        }
    }

    @Test
    void anExpiredAccessTokenIsRenewedWithTheDevicesRefreshTokenWithoutALoginPrompt() {
        Platform platform = new Platform(http, tokens);
        Platform.Grid grid = platform.grid();
        String worker = platform.worker(grid);
        try (FieldAppBrowser phone = new FieldAppBrowser(server.getPort())) {
            phone.standAt(grid.lat(), grid.lon());
            phone.open();
            phone.logIn(worker, Platform.PASSWORD);
            Map<String, Object> before = phone.storedSession();
            assertThat(before.get("refreshToken")).as("the device keeps a refresh token").isNotNull();

            phone.replaceAccessToken(platform.expiredTokenOf(worker, grid));
            phone.await(By.xpath("//*[@id='placement'][contains(., '" + grid.name() + "')]"));
            fileReport(phone, "暴露垃圾", "令牌过期后上报", "T");

            String token = platform.tokenOf(worker, grid);
            await().atMost(Duration.ofSeconds(20)).until(() -> platform.reportsOf(token).size() == 1);
            phone.waitUpTo(20).until(d -> d.findElements(By.cssSelector(".report-row .case-number")).size() == 1);
            assertThat(phone.loginFormShown()).as("no login prompt").isFalse();
            Map<String, Object> after = phone.storedSession();
            assertThat(after.get("refreshToken")).as("the refresh token was rotated").isNotEqualTo(before.get("refreshToken"));
            assertThat(platform.status("/api/v1/categories", (String) after.get("accessToken"))).isEqualTo(200);
        }
    }

    @Test
    void theAppIsAnInstallablePwaThatOpensOfflineAfterTheFirstLoad() throws IOException {
        try (FieldAppBrowser phone = new FieldAppBrowser(server.getPort())) {
            phone.open();
            phone.await(By.id("username"));
            awaitControlledByServiceWorker(phone);

            String manifestUrl = (String) phone.script("return document.querySelector('link[rel=manifest]').href");
            Map<String, Object> manifest = json.readValue(fetchText(phone, manifestUrl), io.micronaut.core.type.Argument.mapOf(String.class, Object.class));
            assertThat((String) manifest.get("name")).contains("网格通");
            assertThat(manifest.get("short_name")).isNotNull();
            assertThat(manifest.get("display")).isIn("standalone", "fullscreen", "minimal-ui");
            URI start = URI.create(manifestUrl).resolve((String) manifest.get("start_url"));
            assertThat(start.getPath()).isEqualTo("/app/");
            List<?> icons = (List<?>) manifest.get("icons");
            Set<String> sizes = icons.stream().map(i -> (String) ((Map<?, ?>) i).get("sizes")).collect(Collectors.toSet());
            assertThat(sizes).contains("192x192", "512x512");
            for (Object icon : icons) {
                String src = URI.create(manifestUrl).resolve((String) ((Map<?, ?>) icon).get("src")).toString();
                String[] size = ((String) ((Map<?, ?>) icon).get("sizes")).split("x");
                Number width = (Number) phone.asyncScript("""
                        const done = arguments[arguments.length - 1];
                        const img = new Image(); img.onload = () => done(img.naturalWidth); img.onerror = () => done(-1); img.src = arguments[0];
                        """, src);
                assertThat(width.intValue()).as(src).isEqualTo(Integer.parseInt(size[0]));
            }
            assertThat(phone.script("return document.querySelector('meta[name=viewport]').content")).asString().contains("width=device-width");

            phone.goOffline();
            phone.driver.navigate().refresh();
            WebElement heading = phone.await(By.tagName("h1"));
            assertThat(heading.getText()).isEqualTo("网格通");
            assertThat(phone.script("return navigator.onLine")).isEqualTo(false);
            assertThat(phone.script("return !!navigator.serviceWorker.controller")).as("served by the service worker").isEqualTo(true);
            phone.screenshot("field-offline-start");
        }
    }

    private static void awaitControlledByServiceWorker(FieldAppBrowser phone) {
        phone.waitUpTo(30).withMessage("the service worker controls the page")
                .until(d -> Boolean.TRUE.equals(phone.script("return !!(navigator.serviceWorker && navigator.serviceWorker.controller)")));
    }

    private static String fetchText(FieldAppBrowser phone, String url) {
        return (String) phone.asyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.text()).then(done, e => done('error ' + e));
                """, url);
    }

    /** Fills the 上报 form as a worker would: category by search, description, one photo, the GPS point; then 提交. */
    private static void fileReport(FieldAppBrowser phone, String category, String description, String photoLabel) {
        phone.tab("上报");
        phone.chooseCategory(category);
        phone.await(By.id("description")).sendKeys(description);
        phone.driver.findElement(By.cssSelector("input[type=file]")).sendKeys(Platform.cameraPhoto(photoLabel).toString());
        phone.waitUpTo(40).until(d -> d.findElements(By.cssSelector(".van-uploader__preview-image")).size() == 1
                && d.findElements(By.cssSelector(".van-uploader__mask")).isEmpty());
        phone.await(By.xpath("//*[@id='placement'][contains(., '所在网格')]"));
        if (photoLabel.equals("P1")) {
            phone.screenshot("field-report-form");
        }
        phone.click(By.id("submit-report"));
        phone.await(By.xpath("//*[contains(@class,'report-row')][contains(., '" + description + "')]"));
    }

    private static BufferedImage image(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
