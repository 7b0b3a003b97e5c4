package org.gridgov.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driving the console at 1366×768, for the browser tests. Keeps
 * screenshots under target/screenshots/ and fails a test whose page wrote errors to the browser
 * console (except the HTTP refusals the test provokes on purpose, which the page explains).
 */
public final class ConsoleBrowser implements AutoCloseable {

    private final ChromeDriver driver;
    private final URL base;
    private final FluentWait<WebDriver> wait;

    private ConsoleBrowser(ChromeDriver driver, URL base) {
        this.driver = driver;
        this.base = base;
        this.wait = waitUpTo(Duration.ofSeconds(30));
    }

    /**
     * A wait that asks again when Vue replaced an element between finding it and reading it (a
     * loading mask removed, a table row re-rendered): the next poll finds the new one.
     */
    private FluentWait<WebDriver> waitUpTo(Duration timeout) {
        return new WebDriverWait(driver, timeout).ignoring(StaleElementReferenceException.class);
    }

    public static ConsoleBrowser open(URL platform) {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        try {
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                    "--window-size=1366,768", "--lang=zh-CN",
                    "--user-data-dir=" + Files.createTempDirectory("gridgov-console-chromium"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriver driver = new ChromeDriver(options);
        driver.manage().window().setSize(new Dimension(1366, 768));
        return new ConsoleBrowser(driver, platform);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a console page by its route, e.g. {@code /cases}. */
    public void go(String route) {
        driver.get(base + "/console/#" + route);
    }

    public void login(String username, String password) {
        WebElement name = until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        name.clear();
        name.sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login-button")).click();
        until(ExpectedConditions.visibilityOfElementLocated(By.id("who-name")));
    }

    public void logout() {
        driver.findElement(By.id("logout")).click();
        until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    }

    public <T> T until(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    public <T> T until(Duration timeout, Function<WebDriver, T> condition) {
        return waitUpTo(timeout).until(condition);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public WebElement visible(String css) {
        return until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public void click(String css) {
        until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Gives the (hidden) file input of the open dialog's upload button a picture. */
    public void attach(Path picture) {
        WebElement input = until(d -> d.findElement(By.cssSelector(".action-dialog input[type=file]")));
        script("arguments[0].style.display = 'block';", input);
        input.sendKeys(picture.toAbsolutePath().toString());
    }

    public Path screenshot(String name) {
        try {
            Path shot = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return shot;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Fails on any error the page wrote to the console, except those matching {@code expected}
     * (failed requests the test provokes on purpose, e.g. {@code "status of 412"}).
     */
    public void assertNoConsoleErrors(String... expected) {
        List<Pattern> allowed = java.util.Arrays.stream(expected).map(Pattern::compile).toList();
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> allowed.stream().noneMatch(p -> p.matcher(message).find()))
                .toList();
        assertThat(errors).as("errors in the browser console").isEmpty();
    }

    /** A user the console logs in with: created by an admin over the API. */
    public static Map<String, Object> user(String username, String password, String role, List<String> scope) {
        return Map.of("username", username, "password", password, "role", role, "scope", scope);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
