package org.gridgov.platform.messaging;

import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.gridgov.dashboard.messaging.CaseEventV1;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What the inbox does with every record before its transaction ({@code Inbox.read}): read the
 * message as a tree for its event id, then again as its type ({@code treeThenType}), against
 * reading it as its type only ({@code typeOnly}), the most that reading each message once could
 * save. The message is a real {@code gridgov.cases.v1} event of 1.1 KB, as the dashboard reads it.
 * Run: docs/BENCHMARKS.md, "Reading a message once".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
public class MessageReadBenchmark {

    static final String CASE_DISPATCHED = """
            {"eventId":"8a31969f-54e7-4292-aaf2-9b01cd92efc0","type":"CaseDispatched","occurredAt":"2026-12-02T09:31:39.979732952Z",\
            "schemaVersion":2,"caseId":"7cab3190-11a2-4bcb-88bc-570451962c2b","caseNumber":"ZB-2026-000002","version":0,"sequence":3,\
            "state":"dispatched","previousState":"registered","action":"dispatch","actor":"system","actorRole":"SYSTEM","reason":null,\
            "category":"0105","priority":"normal","source":"worker","reportId":null,"reportCount":1,\
            "reporter":"processes-worker-370306001004213","grid":{"gridCode":"370306001004213","communityCode":"370306001004",\
            "townshipCode":"370306001","districtCode":"370306"},"location":{"lat":42.9208,"lon":123.3968},"department":"CGJ",\
            "handler":null,"deadline":"2026-12-03T06:00:00Z","reportedAt":"2026-12-02T09:31:38Z",\
            "dispatchedAt":"2026-12-02T09:31:39.979732952Z","resolvedAt":null,"closedAt":null,"closedOnTime":null,\
            "resolvedOnTime":null,"escalationLevel":"none","warning":"none","rating":null,"returnedBy":[],"phase":"handling",\
            "phaseDeadline":"2026-12-03T06:00:00Z","phaseWarning":"none","verifiedAt":null,"verifiedOnTime":null,\
            "closingOnTime":null,"calendarMissing":false,"selfResolved":false,"check":null,"pause":null}""";

    private final ObjectMapper json = ObjectMapper.getDefault();
    private final Argument<CaseEventV1> type = Argument.of(CaseEventV1.class);

    @Benchmark
    public void treeThenType(Blackhole sink) throws IOException {
        JsonNode tree = json.readValue(CASE_DISPATCHED, JsonNode.class);
        sink.consume(tree.get("eventId").getStringValue());
        sink.consume(json.readValue(CASE_DISPATCHED, type));
    }

    @Benchmark
    public void typeOnly(Blackhole sink) throws IOException {
        sink.consume(json.readValue(CASE_DISPATCHED, type));
    }
}
