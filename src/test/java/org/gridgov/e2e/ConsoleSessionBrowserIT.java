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
import java.util.UUID;
import org.gridgov.platform.security.Role;
import org.gridgov.support.ConsoleBrowser;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A dispatcher's working day around the session and the screen: the console is driven with the
 * keyboard alone, works on a tablet held either way, renews a refused access token without the
 * user noticing, and when the whole session has lapsed asks for a login and returns to the page the
 * user was on.
 */
@MicronautTest(transactional = false)
class ConsoleSessionBrowserIT {

    private static final String PASSWORD = "console-pass-3";
    private static final String SESSION_KEY = "gridgov.console.session";

    @Inject @Client("/") HttpClient http;
    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;

    @Test
    void keyboardTabletAndALapsedSession() {
        CaseFlow flow = new CaseFlow(http, tokens);
        CaseFlow.Grid grid = flow.createGrid();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String dispatcher = "cgj-session-" + suffix;
        http.toBlocking().exchange(HttpRequest.POST("/api/v1/users",
                ConsoleBrowser.user(dispatcher, PASSWORD, "DISPATCHER", List.of("CGJ")))
                .bearerAuth(tokens.issue("it-admin", Role.ADMIN)));
        String worker = tokens.issue("session-worker-" + suffix, Role.WORKER, List.of(grid.code()));
        String reportId = flow.report(worker, grid, "0102", "人行道暴露垃圾 " + suffix, Instant.now().minusSeconds(60));
        var dispatched = flow.awaitCaseOnPhone(reportId, worker, "dispatched");
        String caseId = (String) dispatched.get("id");
        String caseNumber = (String) dispatched.get("number");

        try (ConsoleBrowser browser = ConsoleBrowser.open(server.getURL())) {
            // 1. keyboard only: the login form, then the inbox's search box and the case link
            browser.go("/cases");
            browser.visible("#username");
            Actions keys = new Actions(browser.driver());
            keys.sendKeys(dispatcher).sendKeys(Keys.TAB).sendKeys(PASSWORD).sendKeys(Keys.ENTER).perform();
            browser.visible("#who-name");
            assertThat(browser.find("#who-name").getText()).isEqualTo(dispatcher);

            WebElement numberFilter = tabUntil(browser, "#filter-number input, input#filter-number");
            numberFilter.sendKeys(caseNumber, Keys.ENTER);
            browser.until(d -> browser.all("#inbox-table .case-link").size() == 1);
            WebElement link = tabUntil(browser, "#inbox-table .case-link");
            assertThat(link.getText()).isEqualTo(caseNumber);
            link.sendKeys(Keys.ENTER);
            browser.until(d -> "dispatched".equals(browser.find("#case-state").getAttribute("data-state")));
            browser.screenshot("20-keyboard-case-opened");

            // 2. a tablet: upright the menu folds to icons and the page never scrolls sideways; turned it unfolds
            browser.driver().manage().window().setSize(new Dimension(768, 1024));
            browser.until(d -> "true".equals(browser.find("aside.aside").getAttribute("data-collapsed")));
            assertNoSidewaysScroll(browser);
            browser.go("/cases");
            browser.visible("#inbox-table");
            assertNoSidewaysScroll(browser);
            browser.screenshot("21-tablet-upright-inbox");
            browser.click("#menu-toggle");
            browser.until(d -> "false".equals(browser.find("aside.aside").getAttribute("data-collapsed")));
            browser.click("#menu-toggle");
            browser.driver().manage().window().setSize(new Dimension(1024, 768));
            browser.until(d -> "false".equals(browser.find("aside.aside").getAttribute("data-collapsed")));
            assertNoSidewaysScroll(browser);
            browser.screenshot("22-tablet-landscape-inbox");
            browser.driver().manage().window().setSize(new Dimension(1366, 768));

            // 3. the platform refuses the access token: the console renews it with the refresh token, unseen
            String refused = tamperedAccessToken(browser);
            reloadAt(browser, "/cases/" + caseId);
            browser.until(d -> "dispatched".equals(browser.find("#case-state").getAttribute("data-state")));
            String renewed = storedAccessToken(browser);
            assertThat(renewed).isNotNull().isNotEqualTo(refused);
            assertThat(http.toBlocking().exchange(HttpRequest.GET("/api/v1/cases/" + caseId).bearerAuth(renewed))
                    .getStatus().getCode()).as("the renewed token works").isEqualTo(200);

            // 4. both tokens lapsed: the login page, and after it the same case page again
            browser.script("const s = JSON.parse(localStorage.getItem(arguments[0]));"
                    + " s.refreshToken = 'lapsed'; localStorage.setItem(arguments[0], JSON.stringify(s));", SESSION_KEY);
            tamperedAccessToken(browser);
            reloadAt(browser, "/cases/" + caseId);
            browser.visible("#username");
            assertThat(browser.driver().getCurrentUrl()).contains("redirect=").contains(caseId);
            browser.screenshot("23-session-lapsed-login");
            browser.login(dispatcher, PASSWORD);
            browser.until(d -> "dispatched".equals(browser.find("#case-state").getAttribute("data-state")));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/cases/" + caseId);
            browser.assertNoConsoleErrors("status of 401", "status of 400", "oauth/access_token");
        }
    }

    /** Presses Tab until the focus lands on an element matching the selector; at most 60 presses. */
    private static WebElement tabUntil(ConsoleBrowser browser, String selector) {
        for (int press = 0; press < 60; press++) {
            WebElement focused = browser.driver().switchTo().activeElement();
            if (Boolean.TRUE.equals(browser.script("return arguments[0].matches(arguments[1]);", focused, selector))) {
                return focused;
            }
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + selector);
    }

    /** Opens the route and reloads the page, so the console starts again from what localStorage holds. */
    private static void reloadAt(ConsoleBrowser browser, String route) {
        browser.go(route);
        browser.driver().navigate().refresh();
    }

    private static void assertNoSidewaysScroll(ConsoleBrowser browser) {
        Number overflow = (Number) browser.script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("the page is wider than the screen by").isLessThanOrEqualTo(0);
    }

    /** Breaks the signature of the stored access token (its claims stay readable); answers the broken token. */
    private static String tamperedAccessToken(ConsoleBrowser browser) {
        return (String) browser.script("const s = JSON.parse(localStorage.getItem(arguments[0]));"
                + " const t = s.accessToken; const last = t.charAt(t.length - 5) === 'A' ? 'B' : 'A';"
                + " s.accessToken = t.slice(0, t.length - 5) + last + t.slice(t.length - 4);"
                + " localStorage.setItem(arguments[0], JSON.stringify(s)); return s.accessToken;", SESSION_KEY);
    }

    private static String storedAccessToken(ConsoleBrowser browser) {
        return (String) browser.script("return JSON.parse(localStorage.getItem(arguments[0])).accessToken;", SESSION_KEY);
    }
}
