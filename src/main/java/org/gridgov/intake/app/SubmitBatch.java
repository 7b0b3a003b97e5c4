package org.gridgov.intake.app;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.intake.domain.BatchItemResult;
import org.gridgov.intake.domain.ReportSubmission;
import org.gridgov.intake.domain.Violation;
import org.gridgov.platform.problem.Problem;

/**
 * An offline queue sent in one go. Each item is submitted on its own (its own transaction), so a
 * bad item costs only itself; the phone gets one result per item, in order.
 */
@Singleton
@Requires(property = "gridgov.roles.intake", notEquals = "false")
public class SubmitBatch {

    public static final int MAX_ITEMS = 100;

    private final SubmitReport submitReport;

    public SubmitBatch(SubmitReport submitReport) {
        this.submitReport = submitReport;
    }

    public record ItemResult(BatchItemResult result, Submitted submitted) {
    }

    public List<ItemResult> submit(List<ReportSubmission> items, Reporter reporter) {
        if (items.isEmpty() || items.size() > MAX_ITEMS) {
            throw Problem.badRequest("reports", "a batch holds 1 to " + MAX_ITEMS + " reports");
        }
        List<ItemResult> results = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ReportSubmission item = items.get(i);
            results.add(one(i, item, reporter));
        }
        return results;
    }

    private ItemResult one(int index, ReportSubmission item, Reporter reporter) {
        try {
            Submitted submitted = submitReport.submit(item, reporter);
            BatchItemResult result = submitted.replayed()
                    ? BatchItemResult.replayed(index, item.clientReportId(), submitted.report().id())
                    : BatchItemResult.created(index, item.clientReportId(), submitted.report().id());
            return new ItemResult(result, submitted);
        } catch (Problem problem) {
            List<Violation> errors = problem.errors().stream()
                    .map(e -> new Violation(problem.status() == 400 ? Violation.Kind.MALFORMED : Violation.Kind.UNPROCESSABLE,
                            e.field(), e.message()))
                    .toList();
            BatchItemResult result = switch (problem.status()) {
                case 409 -> BatchItemResult.conflict(index, item.clientReportId(), null);
                case 503 -> BatchItemResult.unavailable(index, item.clientReportId(), problem.detail());
                default -> BatchItemResult.invalid(index, item.clientReportId(), errors.isEmpty()
                        ? List.of(Violation.unprocessable("report", problem.detail())) : errors);
            };
            return new ItemResult(result, null);
        }
    }
}
