package org.gridgov.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gridgov.intake.app.ReportWriter;
import org.gridgov.intake.app.ReportWriter.Outcome;
import org.gridgov.intake.domain.Coordinates;
import org.gridgov.intake.domain.Crs;
import org.gridgov.intake.domain.GridChain;
import org.gridgov.intake.domain.Report;
import org.gridgov.intake.domain.Severity;
import org.gridgov.intake.domain.Source;
import org.gridgov.intake.messaging.ReportAcceptedV1;
import org.gridgov.platform.messaging.Outbox;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Group commit against the real PostgreSQL: reports written together are stored with their outbox
 * rows, a taken client id is reported rather than stored twice, and a report the database refuses
 * fails alone instead of taking its group down with it.
 */
@MicronautTest(transactional = false)
class ReportWriterIT {

    @Inject ReportWriter writer;
    @Inject Outbox outbox;
    @Inject TestDatabase db;

    @Test
    void reportsWrittenTogetherAreStoredEachWithItsOutboxMessage() {
        List<ReportWriter.Write> writes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            writes.add(write(report(UUID.randomUUID(), "0102")));
        }

        List<ReportWriter.Written> written = writer.write(writes);

        assertThat(written).extracting(ReportWriter.Written::outcome).containsOnly(Outcome.INSERTED);
        for (ReportWriter.Write write : writes) {
            assertThat(reportsWithClientId(write.report().clientReportId())).isEqualTo(1);
            assertThat(outboxRowsFor(write.report().id())).isEqualTo(1);
        }
    }

    @Test
    void aTakenClientIdIsReportedAndGetsNoSecondRowNorMessage() {
        UUID clientId = UUID.randomUUID();
        Report first = report(clientId, "0102");
        Report again = report(clientId, "0102");
        Report alsoInTheSameGroup = report(clientId, "0501");

        List<ReportWriter.Written> earlier = writer.write(List.of(write(first)));
        List<ReportWriter.Written> later = writer.write(List.of(write(again), write(alsoInTheSameGroup)));

        assertThat(earlier.get(0).outcome()).isEqualTo(Outcome.INSERTED);
        assertThat(later).extracting(ReportWriter.Written::outcome).containsExactly(Outcome.CLIENT_ID_TAKEN, Outcome.CLIENT_ID_TAKEN);
        assertThat(reportsWithClientId(clientId)).isEqualTo(1);
        assertThat(outboxRowsFor(again.id())).isZero();
        assertThat(outboxRowsFor(alsoInTheSameGroup.id())).isZero();
    }

    @Test
    void aReportTheDatabaseRefusesFailsAloneAndItsGroupIsStored() {
        Report good = report(UUID.randomUUID(), "0102");
        // the table's CHECK wants four digits; the HTTP rules never let this through, the writer must cope anyway
        Report refused = report(UUID.randomUUID(), "01x2");
        Report alsoGood = report(UUID.randomUUID(), "0304");

        List<ReportWriter.Written> written = writer.write(List.of(write(good), write(refused), write(alsoGood)));

        assertThat(written.get(0).outcome()).isEqualTo(Outcome.INSERTED);
        assertThat(written.get(1).failure()).isNotNull();
        assertThat(written.get(2).outcome()).isEqualTo(Outcome.INSERTED);
        assertThat(reportsWithClientId(good.clientReportId())).isEqualTo(1);
        assertThat(reportsWithClientId(alsoGood.clientReportId())).isEqualTo(1);
        assertThat(reportsWithClientId(refused.clientReportId())).isZero();
        assertThat(outboxRowsFor(refused.id())).isZero();
        assertThat(outboxRowsFor(alsoGood.id())).isEqualTo(1);
    }

    @Test
    void manyCallersAtOnceEachGetTheirOwnOutcome() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(16);
        try {
            UUID shared = UUID.randomUUID();
            List<Callable<Outcome>> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                UUID clientId = i % 10 == 0 ? shared : UUID.randomUUID();
                calls.add(() -> writer.write(List.of(write(report(clientId, "0102")))).get(0).outcome());
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> outcome : callers.invokeAll(calls)) {
                outcomes.add(outcome.get());
            }
            // 180 distinct client ids plus one of the 20 sharing an id
            assertThat(outcomes.stream().filter(o -> o == Outcome.INSERTED)).hasSize(181);
            assertThat(outcomes.stream().filter(o -> o == Outcome.CLIENT_ID_TAKEN)).hasSize(19);
            assertThat(reportsWithClientId(shared)).isEqualTo(1);
        } finally {
            callers.shutdownNow();
        }
    }

    private ReportWriter.Write write(Report report) {
        return new ReportWriter.Write(report, outbox.message(Topics.REPORTS, report.id().toString(),
                ReportAcceptedV1.of(report, UUID.randomUUID())));
    }

    private static Report report(UUID clientId, String category) {
        Instant now = Instant.now();
        return new Report(UUID.randomUUID(), clientId, Source.WORKER, "writer-it", category, "group commit",
                new Coordinates(36.79, 118.05), 5.0, Crs.WGS84, null, Severity.NORMAL, Map.of(),
                new GridChain("370303102001001", "370303102001", "370303102", "370303"), false, List.of(),
                now.minusSeconds(60), now, "f".repeat(64), null);
    }

    private long reportsWithClientId(UUID clientId) {
        return db.one("SELECT count(*) FROM intake.report WHERE client_report_id = ?", rs -> rs.getLong(1), clientId).orElseThrow();
    }

    private long outboxRowsFor(UUID reportId) {
        return db.one("SELECT count(*) FROM intake.outbox WHERE message_key = ?", rs -> rs.getLong(1), reportId.toString())
                .orElseThrow();
    }
}
