package org.gridgov.dashboard.it;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes the gridgov.cases.v1 messages of one case the way dispatch does: every event carries the
 * whole case after the transition, with a growing version and a fresh eventId.
 */
final class CaseScript {

    private final Map<String, Object> current = new LinkedHashMap<>();
    private final List<Map<String, Object>> events = new ArrayList<>();

    private CaseScript(String gridCode, String reportedAt, double lat, double lon) {
        current.put("schemaVersion", 1);
        current.put("caseId", UUID.randomUUID().toString());
        current.put("caseNumber", "ZB-" + reportedAt.substring(0, 4) + "-" + String.format("%06d", (int) (Math.random() * 999_999)));
        current.put("version", 0);
        current.put("previousState", null);
        current.put("actorRole", "WORKER");
        current.put("reason", null);
        current.put("category", "0102");
        current.put("priority", "normal");
        current.put("source", "worker");
        current.put("reportIds", List.of(UUID.randomUUID().toString()));
        current.put("reporter", "worker-" + gridCode.substring(9));
        current.put("grid", Map.of("gridCode", gridCode, "communityCode", gridCode.substring(0, 12),
                "townshipCode", gridCode.substring(0, 9), "districtCode", gridCode.substring(0, 6)));
        current.put("location", Map.of("lat", lat, "lon", lon));
        current.put("department", null);
        current.put("handler", null);
        current.put("deadline", null);
        current.put("reportedAt", reportedAt);
        current.put("dispatchedAt", null);
        current.put("resolvedAt", null);
        current.put("closedAt", null);
        current.put("closedOnTime", null);
        current.put("resolvedOnTime", null);
        current.put("escalationLevel", "none");
        current.put("warning", "none");
        current.put("rating", null);
        current.put("returnedBy", new ArrayList<String>());
    }

    static CaseScript reported(String gridCode, String at, double lat, double lon) {
        CaseScript script = new CaseScript(gridCode, at, lat, lon);
        script.event("CaseReported", "reported", at);
        return script;
    }

    String caseId() {
        return (String) current.get("caseId");
    }

    List<Map<String, Object>> events() {
        return events;
    }

    CaseScript registered(String at) {
        return event("CaseRegistered", "registered", at);
    }

    CaseScript rejected(String at) {
        return event("CaseRejected", "rejected", at);
    }

    CaseScript dispatched(String department, String at, String deadline) {
        current.put("department", department);
        current.put("dispatchedAt", at);
        current.put("deadline", deadline);
        current.put("resolvedAt", null);
        current.put("resolvedOnTime", null);
        return event("CaseDispatched", "dispatched", at);
    }

    CaseScript returned(String at) {
        @SuppressWarnings("unchecked")
        List<String> returnedBy = new ArrayList<>((List<String>) current.get("returnedBy"));
        returnedBy.add((String) current.get("department"));
        current.put("returnedBy", returnedBy);
        current.put("department", null);
        return event("CaseReturned", "returned", at);
    }

    CaseScript resolved(String at) {
        current.put("resolvedAt", at);
        current.put("resolvedOnTime", !Instant.parse(at).isAfter(Instant.parse((String) current.get("deadline"))));
        return event("CaseResolved", "resolved", at);
    }

    CaseScript closed(String at) {
        current.put("closedAt", at);
        current.put("closedOnTime", !Instant.parse(at).isAfter(Instant.parse((String) current.get("deadline"))));
        return event("CaseClosed", "closed", at);
    }

    CaseScript rated(String rating, String at) {
        current.put("rating", rating);
        return event("CaseRated", (String) current.get("state"), at);
    }

    CaseScript reopened(String at, String newDeadline) {
        current.put("closedAt", null);
        current.put("closedOnTime", null);
        current.put("resolvedAt", null);
        current.put("resolvedOnTime", null);
        current.put("deadline", newDeadline);
        return event("CaseReopened", "dispatched", at);
    }

    /** Dispatch's scheduler marks the case overdue (red) when its deadline passes in the department's hands. */
    CaseScript overdue(String at) {
        current.put("warning", "red");
        return event("CaseOverdue", (String) current.get("state"), at);
    }

    /** A transition that changes no figure, used to see that everything before it was processed. */
    CaseScript warned(String warning, String at) {
        current.put("warning", warning);
        return event("CaseWarned", (String) current.get("state"), at);
    }

    private CaseScript event(String type, String state, String at) {
        current.put("previousState", current.get("state"));
        current.put("state", state);
        current.put("version", ((Number) current.get("version")).longValue() + 1);
        current.put("action", type.substring(4).toLowerCase());
        current.put("actor", "it-" + type);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("eventId", UUID.randomUUID().toString());
        event.put("type", type);
        event.put("occurredAt", at);
        event.putAll(current);
        events.add(event);
        return this;
    }
}
