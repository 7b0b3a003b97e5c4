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
import org.gridgov.intake.domain.Categories;
import org.gridgov.intake.domain.Category;
import org.gridgov.intake.domain.Report;
import org.gridgov.intake.domain.ReportSubmission;
import org.gridgov.intake.domain.Source;
import org.gridgov.intake.domain.SubmittedLocation;
import org.gridgov.intake.open311.Open311Document;
import org.gridgov.intake.open311.Open311Mapping;
import org.gridgov.intake.persistence.ReportRows;
import org.gridgov.platform.problem.Problem;

/**
 * The Open311 GeoReport v2 use cases. Citizen requests enter the same pipeline as workers'
 * reports (source {@code citizen}); only citizen requests are listed publicly, since workers'
 * reports may concern people (disputes, persons under care).
 */
@Singleton
public class Open311Requests {

    private static final Duration DEFAULT_WINDOW = Duration.ofDays(90);
    private static final int MAX_RESULTS = 1000;

    private final Categories categories;
    private final SubmitReport submitReport;
    private final ReportRows reports;
    private final ApiKeys apiKeys;
    private final Clock clock;
    private final Map<String, Category> byCode;

    public Open311Requests(Categories categories, SubmitReport submitReport, ReportRows reports, ApiKeys apiKeys, Clock clock) {
        this.categories = categories;
        this.submitReport = submitReport;
        this.reports = reports;
        this.apiKeys = apiKeys;
        this.clock = clock;
        this.byCode = categories.all().stream().collect(Collectors.toMap(Category::code, Function.identity()));
    }

    public Open311Document services() {
        return Open311Mapping.services(categories.all());
    }

    public Open311Document serviceDefinition(String code) {
        return Open311Mapping.serviceDefinition(categories.find(code)
                .orElseThrow(() -> Problem.notFound("service_code " + code + " not found")));
    }

    /** A citizen's request from form fields ({@code attribute[code]} already collected into {@code attributes}). */
    public record CitizenRequest(String apiKey, String serviceCode, String lat, String lon, String addressString,
            String description, String mediaUrl, Map<String, String> attributes) {
    }

    public Open311Document submit(CitizenRequest request) {
        String client = apiKeys.clientOf(request.apiKey());
        if (request.serviceCode() == null || request.serviceCode().isBlank()) {
            throw Problem.badRequest("service_code", "service_code is required");
        }
        Category category = categories.find(request.serviceCode())
                .orElseThrow(() -> Problem.notFound("service_code " + request.serviceCode() + " not found"));
        SubmittedLocation location = location(request.lat(), request.lon());
        Map<String, Object> attributes = new LinkedHashMap<>(request.attributes());
        String severity = (String) attributes.remove(Open311Mapping.SEVERITY_ATTRIBUTE);
        if (request.mediaUrl() != null && !request.mediaUrl().isBlank()) {
            attributes.put(Open311Mapping.MEDIA_URL_ATTRIBUTE, checkedUrl(request.mediaUrl()));
        }
        String description = request.description() == null || request.description().isBlank()
                ? category.name() : request.description();
        // the token doubles as the idempotency key of the pipeline; Open311 has none of its own
        UUID token = UUID.randomUUID();
        ReportSubmission submission = new ReportSubmission(token, category.code(), description, location,
                clock.instant(), request.addressString(), severity, attributes);
        try {
            Report report = submitReport.submit(submission, Reporter.citizenApp(client)).report();
            return Open311Mapping.created(report, token.toString());
        } catch (Problem problem) {
            if (problem.status() == 422) {
                throw new Problem(400, "Bad Request", open311Field(problem), problem.errors());
            }
            throw problem;
        }
    }

    public record Filter(String serviceRequestIds, String serviceCode, String startDate, String endDate, String status) {
    }

    public Open311Document requests(Filter filter) {
        List<UUID> ids = filter.serviceRequestIds() == null || filter.serviceRequestIds().isBlank() ? List.of()
                : java.util.Arrays.stream(filter.serviceRequestIds().split(",")).map(String::strip)
                        .map(id -> uuid(id, "service_request_id")).toList();
        Instant end = filter.endDate() == null || filter.endDate().isBlank() ? clock.instant().plusSeconds(1)
                : instant(filter.endDate(), "end_date");
        Instant start = filter.startDate() == null || filter.startDate().isBlank() ? end.minus(DEFAULT_WINDOW)
                : instant(filter.startDate(), "start_date");
        Set<String> statuses = filter.status() == null || filter.status().isBlank() ? Set.of("open", "closed")
                : java.util.Arrays.stream(filter.status().split(",")).map(String::strip).collect(Collectors.toSet());
        if (!Set.of("open", "closed").containsAll(statuses)) {
            throw Problem.badRequest("status", "status is open, closed or both");
        }
        List<Report> found = Unavailable.database(() -> reports.search(ids, blankToNull(filter.serviceCode()),
                        ids.isEmpty() ? start : Instant.EPOCH, ids.isEmpty() ? end : Instant.parse("9999-01-01T00:00:00Z"),
                        MAX_RESULTS)).stream()
                .filter(report -> report.source() == Source.CITIZEN)
                .filter(report -> statuses.contains(report.caseStatus() != null && report.caseStatus().finished() ? "closed" : "open"))
                .toList();
        return Open311Mapping.requests(found, byCode);
    }

    public Open311Document request(String id) {
        UUID reportId = uuid(id, "service_request_id");
        Report report = Unavailable.database(() -> reports.findById(reportId))
                .filter(r -> r.source() == Source.CITIZEN)
                .orElseThrow(() -> Problem.notFound("service_request_id " + id + " not found"));
        return Open311Mapping.requests(List.of(report), byCode);
    }

    public Open311Document token(String token) {
        UUID clientId = uuid(token, "token");
        Report report = Unavailable.database(() -> reports.findByClientReportId(clientId))
                .filter(r -> r.source() == Source.CITIZEN)
                .orElseThrow(() -> Problem.notFound("token " + token + " not found"));
        return Open311Mapping.token(token, report.id().toString());
    }

    private static SubmittedLocation location(String lat, String lon) {
        boolean hasLat = lat != null && !lat.isBlank();
        boolean hasLon = lon != null && !lon.isBlank();
        if (!hasLat && !hasLon) {
            return null;
        }
        if (hasLat != hasLon) {
            throw Problem.badRequest(hasLat ? "long" : "lat", "lat and long are given together");
        }
        return new SubmittedLocation(number(lat, "lat"), number(lon, "long"), null, "wgs84");
    }

    private static Double number(String text, String field) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw Problem.badRequest(field, field + " must be a number");
        }
    }

    private static String checkedUrl(String url) {
        try {
            URI uri = URI.create(url.strip());
            if (uri.getScheme() != null && (uri.getScheme().equals("http") || uri.getScheme().equals("https")) && uri.getHost() != null) {
                return uri.toString();
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal below
        }
        throw Problem.badRequest("media_url", "media_url must be an http(s) URL");
    }

    private static UUID uuid(String text, String field) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw Problem.notFound(field + " " + text + " not found");
        }
    }

    private static Instant instant(String text, String field) {
        Instant instant;
        try {
            instant = java.time.OffsetDateTime.parse(text.strip()).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw Problem.badRequest(field, field + " must be a W3C date-time such as 2026-05-04T08:00:00Z");
        }
        if (!org.gridgov.platform.time.DateBounds.contains(instant)) {
            throw Problem.badRequest(field, field + " must lie " + org.gridgov.platform.time.DateBounds.RANGE);
        }
        return instant;
    }

    private static String open311Field(Problem problem) {
        return problem.detail().replace("location", "lat/long");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
