package org.gridgov.field;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The field app in Debian's headless Chromium on a phone-sized screen (390×844), with the phone's
 * GPS and network played through the DevTools protocol: a fixed position, and offline or online.
 * The app is opened at http://localhost (a secure context, so the service worker registers).
 */
final class FieldAppBrowser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final int WAIT_SECONDS = 40;

    final ChromeDriver driver;
    private final String origin;
    private double lat;
    private double lon;
    private boolean offline;

    FieldAppBrowser(int port) {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        try {
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--window-size=390,844",
                    "--lang=zh-CN", "--user-data-dir=" + Files.createTempDirectory("gridgov-field-chromium"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.driver = new ChromeDriver(options);
        this.origin = "http://localhost:" + port;
        emulatePhone();
        driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", origin, "permissions", List.of("geolocation")));
    }

    private void emulatePhone() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true));
        driver.executeCdpCommand("Network.enable", Map.of());
    }

    String origin() {
        return origin;
    }

    void open() {
        driver.get(origin + "/app/");
    }

    /** Where the phone's GPS says it is. */
    void standAt(double lat, double lon) {
        this.lat = lat;
        this.lon = lon;
        driver.executeCdpCommand("Emulation.setGeolocationOverride", Map.of("latitude", lat, "longitude", lon, "accuracy", 8));
    }

    void goOffline() {
        offline = true;
        network();
    }

    void goOnline() {
        offline = false;
        network();
    }

    private void network() {
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /** Closes the app's tab and opens it again in a new one, with the same GPS and network. */
    void closeAndReopen() {
        String old = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        String fresh = driver.getWindowHandle();
        driver.switchTo().window(old).close();
        driver.switchTo().window(fresh);
        emulatePhone();
        standAt(lat, lon);
        network();
        open();
    }

    /**
     * A wait that asks again when Vue replaced an element between finding it and reading it: the
     * next poll finds the new one.
     */
    FluentWait<WebDriver> waitUpTo(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds)).ignoring(StaleElementReferenceException.class);
    }

    /**
     * The first displayed element matching {@code by}. A busy two-core machine (the whole suite,
     * the platform and Chromium at once) can take many seconds to render a view; when it never
     * comes, the failure says what the phone showed instead and leaves its screenshot.
     */
    WebElement await(By by) {
        try {
            return waitUpTo(WAIT_SECONDS).until(d -> firstDisplayed(by));
        } catch (TimeoutException e) {
            throw new AssertionError("never shown: " + by + "\n" + whatThePhoneShows("never-shown"), e);
        }
    }

    /** Clicks the element once it shows; a toast or a closing popup over it is waited out, not clicked. */
    void click(By by) {
        try {
            waitUpTo(WAIT_SECONDS).ignoring(ElementClickInterceptedException.class).until(d -> {
                WebElement element = firstDisplayed(by);
                if (element == null) {
                    return false;
                }
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", element);
                element.click();
                return true;
            });
        } catch (TimeoutException e) {
            throw new AssertionError("could not click: " + by + "\n" + whatThePhoneShows("not-clickable"), e);
        }
    }

    /**
     * Picks an event category by search, as a worker does. A result clicked while the popup is still
     * opening or the list still filtering can select nothing (seen once in a suite run: the popup
     * stayed open over the form); it is clicked again until the form shows the category.
     */
    void chooseCategory(String category) {
        click(By.id("category"));
        await(By.cssSelector(".van-search input")).sendKeys(category);
        By result = By.xpath("//div[contains(concat(' ',@class,' '),' van-cell ')][.//*[text()='" + category + "']]");
        try {
            waitUpTo(WAIT_SECONDS).ignoring(ElementClickInterceptedException.class).until(d -> {
                if (category.equals(d.findElement(By.id("category")).getDomProperty("value"))) {
                    return true;
                }
                WebElement row = firstDisplayed(result);
                if (row != null) {
                    row.click();
                }
                return false;
            });
        } catch (TimeoutException e) {
            throw new AssertionError("category never chosen: " + category + "\n" + whatThePhoneShows("category-not-chosen"), e);
        }
    }

    private WebElement firstDisplayed(By by) {
        return driver.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
    }

    /** The page's address and text, with a screenshot saved under the given name, for a failure's message. */
    private String whatThePhoneShows(String name) {
        try {
            screenshot("failed-" + name);
            return "at " + driver.getCurrentUrl() + " the phone showed:\n" + driver.executeScript("return document.body.innerText");
        } catch (RuntimeException unavailable) {
            return "(the page could not be read: " + unavailable.getMessage() + ")";
        }
    }

    /** A button labelled with exactly the given text. */
    static By button(String text) {
        return By.xpath("//button[.//*[text()='" + text + "']]");
    }

    void tab(String name) {
        click(By.xpath("//div[contains(@class,'van-tabbar-item')][.//*[text()='" + name + "']]"));
    }

    void logIn(String username, String password) {
        await(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        click(button("登录"));
        await(By.className("van-tabbar"));
    }

    boolean loginFormShown() {
        return !driver.findElements(By.id("username")).isEmpty();
    }

    Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    Object asyncScript(String js, Object... args) {
        return driver.executeAsyncScript(js, args);
    }

    /** The device session as the app keeps it in IndexedDB. */
    @SuppressWarnings("unchecked")
    Map<String, Object> storedSession() {
        return (Map<String, Object>) asyncScript("""
                const done = arguments[arguments.length - 1];
                const open = indexedDB.open('gridgov-field');
                open.onsuccess = () => {
                  const get = open.result.transaction('kv').objectStore('kv').get('session');
                  get.onsuccess = () => { done(get.result ? get.result.value : null); open.result.close(); };
                };
                open.onerror = () => done(null);
                """);
    }

    /** Replaces the stored access token, as if the phone had slept past its expiry. */
    void replaceAccessToken(String token) {
        asyncScript("""
                const [token, done] = [arguments[0], arguments[arguments.length - 1]];
                const open = indexedDB.open('gridgov-field');
                open.onsuccess = () => {
                  const tx = open.result.transaction('kv', 'readwrite');
                  const store = tx.objectStore('kv');
                  const get = store.get('session');
                  get.onsuccess = () => {
                    const row = get.result;
                    row.value.accessToken = token;
                    row.value.accessExpiresAt = Date.now() + 10 * 60 * 1000;
                    store.put(row);
                  };
                  tx.oncomplete = () => { open.result.close(); done(true); };
                };
                """, token);
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
