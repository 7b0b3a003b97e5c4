package org.gridgov.intake.app;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.intake.domain.BatchItemResult;
import org.gridgov.intake.domain.ReportSubmission;
import org.gridgov.intake.domain.Violation;
import org.gridgov.platform.refusal.Refusal;

/**
 * An offline queue sent in one go. Each item is judged on its own, so a bad item costs only itself,
 * and the accepted ones are stored together (group commit); the phone gets one result per item,
 * in order, each what the item would have got alone.
 */
@Singleton
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
            throw Refusal.malformed("reports", "a batch holds 1 to " + MAX_ITEMS + " reports");
        }
        List<SubmitReport.Result> results = submitReport.submitAll(items, reporter);
        List<ItemResult> answers = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            answers.add(itemResult(i, items.get(i), results.get(i)));
        }
        return answers;
    }

    private static ItemResult itemResult(int index, ReportSubmission item, SubmitReport.Result outcome) {
        if (outcome.submitted() != null) {
            Submitted submitted = outcome.submitted();
            BatchItemResult result = submitted.replayed()
                    ? BatchItemResult.replayed(index, item.clientReportId(), submitted.report().id())
                    : BatchItemResult.created(index, item.clientReportId(), submitted.report().id());
            return new ItemResult(result, submitted);
        }
        Refusal refusal = outcome.refusal();
        List<Violation> errors = refusal.fields().stream()
                .map(e -> new Violation(refusal.kind() == Refusal.Kind.MALFORMED ? Violation.Kind.MALFORMED
                        : Violation.Kind.UNPROCESSABLE, e.field(), e.message()))
                .toList();
        BatchItemResult result = switch (refusal.kind()) {
            case CONFLICT -> BatchItemResult.conflict(index, item.clientReportId(), null);
            case UNAVAILABLE -> BatchItemResult.unavailable(index, item.clientReportId(), refusal.detail());
            default -> BatchItemResult.invalid(index, item.clientReportId(), errors.isEmpty()
                    ? List.of(Violation.unprocessable("report", refusal.detail())) : errors);
        };
        return new ItemResult(result, null);
    }
}
