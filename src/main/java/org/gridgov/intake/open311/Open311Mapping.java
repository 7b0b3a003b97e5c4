package org.gridgov.intake.open311;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gridgov.intake.app.Open311Requests;
import org.gridgov.intake.domain.CaseStatus;
import org.gridgov.intake.domain.Category;
import org.gridgov.intake.domain.Open311Times;
import org.gridgov.intake.domain.Report;
import org.gridgov.intake.domain.Severity;

/**
 * How gridgov's concepts read in GeoReport v2: services are the event categories, a service
 * request is a (citizen or worker) report, its status follows the case it became.
 */
public final class Open311Mapping {

    /** The one attribute every service offers; other {@code attribute[code]} values are kept as given. */
    public static final String SEVERITY_ATTRIBUTE = Open311Requests.SEVERITY_ATTRIBUTE;
    /** A citizen's {@code media_url} is kept among the report's attributes under this name. */
    public static final String MEDIA_URL_ATTRIBUTE = Open311Requests.MEDIA_URL_ATTRIBUTE;

    private Open311Mapping() {
    }

    public static Open311Document services(List<Category> categories) {
        return new Open311Document("services", new Open311List("service",
                categories.stream().map(Open311Mapping::service).toList()));
    }

    static Map<String, Object> service(Category category) {
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("service_code", category.code());
        service.put("service_name", category.name());
        service.put("description", category.nameEn() + " (" + category.major() + ")");
        service.put("metadata", true);
        service.put("type", "realtime");
        service.put("keywords", category.nameEn());
        service.put("group", category.major());
        return service;
    }

    public static Open311Document serviceDefinition(Category category) {
        Map<String, Object> attribute = new LinkedHashMap<>();
        attribute.put("variable", true);
        attribute.put("code", SEVERITY_ATTRIBUTE);
        attribute.put("datatype", "singlevaluelist");
        attribute.put("required", false);
        attribute.put("datatype_description", "how serious the problem looks");
        attribute.put("order", 1);
        attribute.put("description", "Severity / 严重程度");
        attribute.put("values", new Open311List("value", java.util.Arrays.stream(Severity.values())
                .map(severity -> keyAndName(severity.wire())).toList()));
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("service_code", category.code());
        definition.put("attributes", new Open311List("attribute", List.of(attribute)));
        return new Open311Document("service_definition", definition);
    }

    private static Map<String, Object> keyAndName(String key) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("key", key);
        value.put("name", key);
        return value;
    }

    /**
     * @param uploadedMedia the URL of a request's uploaded photo, or null; a citizen's own
     *                      {@code media_url} comes first
     */
    public static Open311Document requests(List<Report> reports, Map<String, Category> categories, Open311Times times,
            Function<Report, String> uploadedMedia) {
        return new Open311Document("service_requests", new Open311List("request", reports.stream()
                .map(report -> request(report, categories.get(report.category()), times, uploadedMedia)).toList()));
    }

    static Map<String, Object> request(Report report, Category category, Open311Times times,
            Function<Report, String> uploadedMedia) {
        CaseStatus status = report.caseStatus();
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("service_request_id", report.id().toString());
        request.put("status", status != null && status.finished() ? "closed" : "open");
        request.put("status_notes", statusNotes(status));
        request.put("service_name", category == null ? null : category.name());
        request.put("service_code", report.category());
        request.put("description", report.description());
        request.put("agency_responsible", status != null && status.department() != null ? status.department()
                : category == null ? null : category.defaultDepartment());
        request.put("service_notice", status == null ? null : "case " + status.number());
        request.put("requested_datetime", times.format(report.receivedAt()));
        request.put("updated_datetime", times.format(status == null ? report.receivedAt() : latest(status.updatedAt(), report.receivedAt())));
        request.put("expected_datetime", status == null ? null : times.format(status.deadline()));
        request.put("address", report.address());
        request.put("address_id", null);
        request.put("zipcode", null);
        request.put("lat", report.location() == null ? null : report.location().lat());
        request.put("long", report.location() == null ? null : report.location().lon());
        Object media = report.attributes().get(MEDIA_URL_ATTRIBUTE);
        request.put("media_url", media == null ? uploadedMedia.apply(report) : media.toString());
        return request;
    }

    private static String statusNotes(CaseStatus status) {
        if (status == null) {
            return "received";
        }
        return status.notes() == null || status.notes().isBlank() ? status.state() : status.state() + ": " + status.notes();
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : a.isAfter(b) ? a : b;
    }

    public static Open311Document created(Report report, String token) {
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("service_request_id", report.id().toString());
        created.put("token", token);
        created.put("service_notice", "received; it will be routed to the responsible department");
        return new Open311Document("service_requests", new Open311List("request", List.of(created)));
    }

    public static Open311Document token(String token, String serviceRequestId) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("service_request_id", serviceRequestId);
        entry.put("token", token);
        return new Open311Document("service_requests", new Open311List("request", List.of(entry)));
    }

    public static Open311Document error(int code, String description) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("description", description);
        return new Open311Document("errors", new Open311List("error", List.of(error)));
    }

    /** The answer to a citizen's rating: which request, the rating kept, and what happens next. */
    public static Open311Document rated(String serviceRequestId, String rating) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("service_request_id", serviceRequestId);
        entry.put("rating", rating);
        entry.put("service_notice", "rating received; it counts in the case's satisfaction figures");
        return new Open311Document("service_requests", new Open311List("request", List.of(entry)));
    }

    /** @param endpointUrl the endpoint's public URL without a trailing slash: clients append {@code /services.xml} */
    public static Open311Document discovery(String endpointUrl, String changeset, String contact) {
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
        endpoint.put("url", endpointUrl);
        endpoint.put("changeset", changeset);
        endpoint.put("type", "production");
        endpoint.put("formats", new Open311List("format", List.of("application/json", "text/xml")));
        Map<String, Object> discovery = new LinkedHashMap<>();
        discovery.put("changeset", changeset);
        discovery.put("contact", contact);
        discovery.put("key_service", "API keys are issued by the city's platform administrator");
        discovery.put("endpoints", new Open311List("endpoint", List.of(endpoint)));
        return new Open311Document("discovery", discovery);
    }
}
