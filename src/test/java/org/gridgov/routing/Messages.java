package org.gridgov.routing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Builds the messages other services would put on Kafka, and reads routing's answers. */
public final class Messages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Messages() {
    }

    /** A township nobody else's test uses, so that rules and cases of other tests cannot interfere. */
    public record Place(String township, double lat, double lon) {
        public static Place somewhereNew() {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            String township = "37" + String.format("%07d", random.nextInt(10_000_000));
            return new Place(township, 36.0 + random.nextDouble(), 117.5 + random.nextDouble());
        }

        public String community() {
            return township + "001";
        }

        public String grid() {
            return community() + "001";
        }

        /** The point {@code metres} north of this one, in the same grid. */
        public Place north(double metres) {
            return new Place(township, lat + metres / 111_320.0, lon);
        }

        public Map<String, Object> chain() {
            return Map.of("gridCode", grid(), "communityCode", community(), "townshipCode", township,
                    "districtCode", township.substring(0, 6));
        }
    }

    public static Map<String, Object> report(UUID reportId, String category, Place place, Instant observedAt) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("eventId", UUID.randomUUID().toString());
        report.put("type", "ReportAccepted");
        report.put("occurredAt", observedAt.toString());
        report.put("schemaVersion", 1);
        report.put("reportId", reportId.toString());
        report.put("source", "worker");
        report.put("reporter", "worker");
        report.put("category", category);
        report.put("description", "test report " + reportId);
        report.put("location", Map.of("lat", place.lat(), "lon", place.lon()));
        report.put("accuracy", 5.0);
        report.put("address", null);
        report.put("severity", "normal");
        report.put("attributes", Map.of());
        report.put("grid", place.chain());
        report.put("outsideOwnGrids", false);
        report.put("photos", List.of());
        report.put("observedAt", observedAt.toString());
        report.put("receivedAt", observedAt.toString());
        return report;
    }

    /**
     * A case event as dispatch writes it (schemaVersion 2): {@code sequence} is the event's number
     * among its case's events, taken with {@link Db#takeCaseSequence}.
     */
    public static Map<String, Object> caseEvent(String type, String state, UUID caseId, long sequence, String category,
            Place place, String department, List<String> returnedBy, String reason) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("eventId", UUID.randomUUID().toString());
        event.put("type", type);
        event.put("occurredAt", Instant.now().toString());
        event.put("schemaVersion", 2);
        event.put("caseId", caseId.toString());
        event.put("caseNumber", "ZB-2026-" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000)));
        event.put("version", 3);
        event.put("sequence", sequence);
        event.put("state", state);
        event.put("previousState", "dispatched");
        event.put("action", type);
        event.put("actor", "dispatcher");
        event.put("actorRole", "DISPATCHER");
        event.put("reason", reason);
        event.put("category", category);
        event.put("priority", "normal");
        event.put("source", "worker");
        event.put("reportId", null);
        event.put("reportCount", 1);
        event.put("reporter", "worker");
        event.put("grid", place.chain());
        event.put("location", Map.of("lat", place.lat(), "lon", place.lon()));
        event.put("department", department);
        event.put("deadline", null);
        event.put("reportedAt", Instant.now().toString());
        event.put("escalationLevel", "none");
        event.put("warning", "none");
        event.put("returnedBy", returnedBy);
        return event;
    }

    public static String json(Object message) {
        try {
            return JSON.writeValueAsString(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A predicate for a routing message of the given type about the given report. */
    public static boolean isAbout(String json, String type, UUID reportId) {
        JsonNode node = read(json);
        return type.equals(node.path("type").asText()) && reportId.toString().equals(node.path("reportId").asText());
    }

    public static boolean isCaseMessage(String json, String type, String caseId) {
        JsonNode node = read(json);
        return type.equals(node.path("type").asText()) && caseId.equals(node.path("caseId").asText());
    }
}
