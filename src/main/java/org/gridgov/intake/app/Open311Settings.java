package org.gridgov.intake.app;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import org.gridgov.intake.domain.Open311Times;

/**
 * How this city's Open311 endpoint presents itself: the public base URL clients reach it by (behind
 * a TLS proxy the server cannot see its own address; without the setting the request's Host is
 * used, over http) and the jurisdiction's time zone, in whose offset date-times are written.
 * A setting that cannot be right stops the start.
 */
@Singleton
public class Open311Settings {

    private final String publicBaseUrl;
    private final Open311Times times;

    public Open311Settings(@Value("${gridgov.intake.open311.public-base-url:}") String publicBaseUrl,
            @Value("${gridgov.intake.open311.time-zone:Asia/Shanghai}") String timeZone) {
        this.publicBaseUrl = checkedBaseUrl(publicBaseUrl.strip());
        try {
            this.times = new Open311Times(ZoneId.of(timeZone.strip()));
        } catch (DateTimeException e) {
            throw new IllegalStateException("gridgov.intake.open311.time-zone '" + timeZone + "' is not a time zone", e);
        }
    }

    public Open311Times times() {
        return times;
    }

    /** The public base URL without a trailing slash, when configured. */
    public Optional<String> publicBaseUrl() {
        return Optional.ofNullable(publicBaseUrl);
    }

    private static String checkedBaseUrl(String url) {
        if (url.isEmpty()) {
            return null;
        }
        String trimmed = url.replaceAll("/+$", "");
        URI uri;
        try {
            uri = URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("gridgov.intake.open311.public-base-url '" + url + "' is not a URL", e);
        }
        if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalStateException("gridgov.intake.open311.public-base-url '" + url
                    + "' must be an absolute http(s) URL without query, e.g. https://311.zibo.gov.cn");
        }
        return trimmed;
    }
}
