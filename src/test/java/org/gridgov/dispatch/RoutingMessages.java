package org.gridgov.dispatch;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** gridgov.routing.v1 messages as routing would publish them, and unique grids to put cases in. */
final class RoutingMessages {

    private RoutingMessages() {
    }

    /** A fresh grid chain in a township no other test uses. */
    record Place(String township, String community, String grid) {
        static Place fresh() {
            String township = "3703" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
            String community = township + "001";
            return new Place(township, community, community + "001");
        }

        String gridJson() {
            return """
                    {"gridCode":"%s","communityCode":"%s","townshipCode":"%s","districtCode":"%s"}"""
                    .formatted(grid, community, township, township.substring(0, 6));
        }
    }

    static String caseOpened(UUID caseId, String source, String reporter, Place place, String assignee,
                             boolean arbitration, int workingDays, Instant at) {
        return """
                {"eventId":"%s","type":"CaseOpened","occurredAt":"%s","schemaVersion":1,"caseId":"%s",
                 "reportId":"%s","source":"%s","reporter":"%s","category":"0101","description":"illegal shed",
                 "location":{"lat":36.79,"lon":118.05},"grid":%s,"priority":"normal",
                 "assignee":{"kind":"%s","code":"%s","name":"unit"},"arbitration":%s,
                 "timeLimit":{"value":%d,"unit":"working_day"},"returns":[],"observedAt":"%s"}"""
                .formatted(UUID.randomUUID(), at, caseId, UUID.randomUUID(), source, reporter, place.gridJson(),
                        assignee.endsWith("-CENTRE") ? "township_centre" : "city_department", assignee, arbitration,
                        workingDays, at);
    }

    static String caseRerouted(UUID caseId, Place place, String assignee, boolean arbitration, int workingDays,
                               String returnedBy, Instant at) {
        return """
                {"eventId":"%s","type":"CaseRerouted","occurredAt":"%s","schemaVersion":1,"caseId":"%s",
                 "reportId":null,"source":"worker","reporter":"w","category":"0101","description":"illegal shed",
                 "location":{"lat":36.79,"lon":118.05},"grid":%s,"priority":"normal",
                 "assignee":{"kind":"%s","code":"%s"},"arbitration":%s,
                 "timeLimit":{"value":%d,"unit":"working_day"},
                 "returns":[{"department":"%s","reason":"not ours","at":"%s"}]}"""
                .formatted(UUID.randomUUID(), at, caseId, place.gridJson(),
                        assignee.endsWith("-CENTRE") ? "township_centre" : "city_department", assignee, arbitration,
                        workingDays, returnedBy, at);
    }

    static String reportLinked(UUID caseId, UUID reportId, Place place, Instant at) {
        return """
                {"eventId":"%s","type":"ReportLinked","occurredAt":"%s","schemaVersion":1,"caseId":"%s",
                 "reportId":"%s","source":"citizen","reporter":"app","category":"0101","grid":%s,"priority":"normal",
                 "assignee":{"kind":"city_department","code":"CGJ"},"arbitration":false}"""
                .formatted(UUID.randomUUID(), at, caseId, reportId, place.gridJson());
    }
}
