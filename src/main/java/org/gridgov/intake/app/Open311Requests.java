package org.gridgov.intake.app;

import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridgov.intake.domain.BlobStore;
import org.gridgov.intake.domain.Categories;
import org.gridgov.intake.domain.Open311Refused;
import org.gridgov.intake.domain.Category;
import org.gridgov.intake.domain.Report;
import org.gridgov.intake.domain.ReportSubmission;
import org.gridgov.intake.domain.Source;
import org.gridgov.intake.domain.SubmittedLocation;
import org.gridgov.intake.domain.Open311Times;
import org.gridgov.intake.persistence.PhotoRows;
import org.gridgov.intake.persistence.ReportRows;
import org.gridgov.platform.refusal.Refusal;

/**
 * The Open311 GeoReport v2 use cases. Citizen requests enter the same pipeline as workers'
 * reports (source {@code citizen}); only citizen requests are listed publicly, since workers'
 * reports may concern people (disputes, persons under care).
 */
@Singleton
public class Open311Requests {

    /** The one attribute every service offers; other {@code attribute[code]} values are kept as given. */
    public static final String SEVERITY_ATTRIBUTE = "severity";
    /** A citizen's {@code media_url} is kept among the report's attributes under this name. */
    public static final String MEDIA_URL_ATTRIBUTE = "media_url";

    private static final Duration DEFAULT_WINDOW = Duration.ofDays(90);
    private static final int MAX_RESULTS = 1000;
    private static final int MAX_MEDIA_URL = 2000;

    private final Categories categories;
    private final SubmitReport submitReport;
    private final ReportRows reports;
    private final ApiKeys apiKeys;
    private final AttachPhoto attachPhoto;
    private final PhotoRows photos;
    private final BlobStore blobs;
    private final Open311Times times;
    private final Clock clock;
    private final Map<String, Category> byCode;

    public Open311Requests(Categories categories, SubmitReport submitReport, ReportRows reports, ApiKeys apiKeys,
            AttachPhoto attachPhoto, PhotoRows photos, BlobStore blobs, Open311Settings settings, Clock clock) {
        this.categories = categories;
        this.submitReport = submitReport;
        this.reports = reports;
        this.apiKeys = apiKeys;
        this.attachPhoto = attachPhoto;
        this.photos = photos;
        this.blobs = blobs;
        this.times = settings.times();
        this.clock = clock;
        this.byCode = categories.all().stream().collect(Collectors.toMap(Category::code, Function.identity()));
    }

    public List<Category> services() {
        return categories.all();
    }

    public Category serviceDefinition(String code) {
        return categories.find(code).orElseThrow(() -> Refusal.notFound("service_code " + code + " not found"));
    }

    /**
     * A citizen's request from form fields ({@code attribute[code]} already collected into {@code attributes},
     * a list for a multi-value attribute) and the bytes of an uploaded {@code media} file, if any.
     */
    public record CitizenRequest(String apiKey, String serviceCode, String lat, String lon, String addressString,
            String description, String mediaUrl, Map<String, Object> attributes, byte[] media) {
    }

    /** A citizen request accepted as a report, and the token the citizen follows it by. */
    public record Created(Report report, String token) {
    }

    public Created submit(CitizenRequest request) {
        String client = apiKeys.clientOf(request.apiKey());
        if (request.serviceCode() == null || request.serviceCode().isBlank()) {
            throw Refusal.malformed("service_code", "service_code is required");
        }
        Category category = categories.find(request.serviceCode())
                .orElseThrow(() -> Refusal.notFound("service_code " + request.serviceCode() + " not found"));
        SubmittedLocation location = location(request.lat(), request.lon());
        Map<String, Object> attributes = new LinkedHashMap<>(request.attributes());
        Object severity = attributes.remove(SEVERITY_ATTRIBUTE);
        if (severity != null && !(severity instanceof String)) {
            throw Open311Refused.badInput("severity", "attribute[severity] is one value");
        }
        if (request.media() != null) {
            checkMedia(request.media());
        }
        if (request.mediaUrl() != null && !request.mediaUrl().isBlank()) {
            attributes.put(MEDIA_URL_ATTRIBUTE, checkedUrl(request.mediaUrl()));
        }
        String description = request.description() == null || request.description().isBlank()
                ? category.name() : request.description();
        // the token doubles as the idempotency key of the pipeline; Open311 has none of its own
        UUID token = UUID.randomUUID();
        ReportSubmission submission = new ReportSubmission(token, category.code(), description, location,
                clock.instant(), request.addressString(), (String) severity, attributes);
        try {
            Report report = submitReport.submit(submission, Reporter.citizenApp(client)).report();
            if (request.media() != null) {
                Unavailable.database(() -> attachPhoto.attach(report.id(), client, request.media()));
            }
            return new Created(report, token.toString());
        } catch (Refusal refusal) {
            // Open311 knows no 422: a request that reads fine but breaks a rule is a bad request there
            if (refusal.kind() == Refusal.Kind.INVALID) {
                throw Refusal.malformed(open311Field(refusal), refusal.fields());
            }
            throw refusal;
        }
    }

    public record Filter(String serviceRequestIds, String serviceCode, String startDate, String endDate, String status) {
    }

    /**
     * GET requests. {@code service_request_id} (one or a comma-separated list) overrides every other
     * argument, as the specification says; an id that names no citizen request, or is no id at all,
     * is left out of the answer, so that one stale id does not spoil a client's whole list.
     * {@code service_code} and {@code status} take comma-separated lists too.
     */
    public List<Report> find(Filter filter) {
        if (filter.serviceRequestIds() != null && !filter.serviceRequestIds().isBlank()) {
            List<UUID> ids = list(filter.serviceRequestIds()).stream().map(Open311Requests::uuidOrNull)
                    .filter(java.util.Objects::nonNull).distinct().toList();
            if (ids.size() > MAX_RESULTS) {
                throw Open311Refused.badInput("service_request_id", "at most " + MAX_RESULTS + " ids at once");
            }
            return ids.isEmpty() ? List.of() : Unavailable.database(() -> reports.search(ids, List.of(),
                    Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"), MAX_RESULTS)).stream()
                    .filter(report -> report.source() == Source.CITIZEN).toList();
        }
        Instant end = filter.endDate() == null || filter.endDate().isBlank() ? clock.instant().plusSeconds(1)
                : withinBounds(times.parseEnd(filter.endDate()), "end_date");
        Instant start = filter.startDate() == null || filter.startDate().isBlank() ? end.minus(DEFAULT_WINDOW)
                : withinBounds(times.parseStart(filter.startDate()), "start_date");
        Set<String> statuses = filter.status() == null || filter.status().isBlank() ? Set.of("open", "closed")
                : Set.copyOf(list(filter.status()));
        if (!Set.of("open", "closed").containsAll(statuses)) {
            throw Open311Refused.badInput("status", "status is open, closed or both");
        }
        List<String> codes = filter.serviceCode() == null ? List.of() : list(filter.serviceCode());
        return Unavailable.database(() -> reports.search(List.of(), codes, start, end, MAX_RESULTS)).stream()
                .filter(report -> report.source() == Source.CITIZEN)
                .filter(report -> statuses.contains(report.caseStatus() != null && report.caseStatus().finished() ? "closed" : "open"))
                .toList();
    }

    public Report findOne(String id) {
        UUID reportId = uuidOrNull(id.strip());
        return (reportId == null ? java.util.Optional.<Report>empty() : Unavailable.database(() -> reports.findById(reportId)))
                .filter(r -> r.source() == Source.CITIZEN)
                .orElseThrow(() -> Open311Refused.notFound("service_request_id " + id + " not found"));
    }

    /** The categories by code and the jurisdiction's time, which a request's rendering needs. */
    public Map<String, Category> categoriesByCode() {
        return byCode;
    }

    public Open311Times times() {
        return times;
    }

    /** The citizen request a token (given when it was created) stands for. */
    public Report token(String token) {
        UUID clientId = uuid(token, "token");
        Report report = Unavailable.database(() -> reports.findByClientReportId(clientId))
                .filter(r -> r.source() == Source.CITIZEN)
                .orElseThrow(() -> Refusal.notFound("token " + token + " not found"));
        return report;
    }

    /** The bytes of a photo uploaded with a citizen request, which its media_url names. */
    public byte[] media(String id, int n) {
        Report report = findOne(id);
        return Unavailable.database(() -> photos.find(report.id(), n)).flatMap(photo -> blobs.get(photo.sha256()))
                .orElseThrow(() -> Open311Refused.notFound("service_request_id " + id + " has no media " + n));
    }

    private void checkMedia(byte[] media) {
        byte[] head = java.util.Arrays.copyOf(media, Math.min(media.length, 16));
        attachPhoto.limits().check(0, media.length, head).or(() -> attachPhoto.limits().checkMetadata(media))
                .ifPresent(violation -> {
                    throw Open311Refused.badInput("media", "media " + violation.message());
                });
    }

    private static List<String> list(String commaSeparated) {
        return java.util.Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    private static UUID uuidOrNull(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static SubmittedLocation location(String lat, String lon) {
        boolean hasLat = lat != null && !lat.isBlank();
        boolean hasLon = lon != null && !lon.isBlank();
        if (!hasLat && !hasLon) {
            return null;
        }
        if (hasLat != hasLon) {
            throw Refusal.malformed(hasLat ? "long" : "lat", "lat and long are given together");
        }
        return new SubmittedLocation(number(lat, "lat"), number(lon, "long"), null, "wgs84");
    }

    private static Double number(String text, String field) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw Refusal.malformed(field, field + " must be a number");
        }
    }

    private static String checkedUrl(String url) {
        if (url.length() > MAX_MEDIA_URL) {
            throw Refusal.invalid("media_url", "media_url must be at most " + MAX_MEDIA_URL + " characters");
        }
        try {
            URI uri = URI.create(url.strip());
            if (uri.getScheme() != null && (uri.getScheme().equals("http") || uri.getScheme().equals("https")) && uri.getHost() != null) {
                return uri.toString();
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal below
        }
        throw Refusal.malformed("media_url", "media_url must be an http(s) URL");
    }

    private static UUID uuid(String text, String field) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw Refusal.notFound(field + " " + text + " not found");
        }
    }

    private static Instant withinBounds(java.util.Optional<Instant> parsed, String field) {
        Instant instant = parsed.orElseThrow(() -> Open311Refused.badInput(field, field
                + " must be a W3C date-time such as 2026-05-04T08:00:00+08:00, or a date such as 2026-05-04"));
        if (!org.gridgov.platform.time.DateBounds.contains(instant)) {
            throw Open311Refused.badInput(field, field + " must lie " + org.gridgov.platform.time.DateBounds.RANGE);
        }
        return instant;
    }

    private static String open311Field(Refusal refusal) {
        return refusal.detail().replace("location", "lat/long");
    }

}
