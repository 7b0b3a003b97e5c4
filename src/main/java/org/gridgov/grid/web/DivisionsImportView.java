package org.gridgov.grid.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.gridgov.grid.domain.Area;
import org.gridgov.grid.domain.DivisionsImportReport;

/** What a divisions import did: codes added and updated, and each refused line with its reason. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DivisionsImportView(int added, int updated, List<String> addedCodes, List<String> updatedCodes,
                                  List<Rejected> rejected) {

    @Serdeable

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Rejected(int line, String code, String reason) {}

    static DivisionsImportView of(DivisionsImportReport report) {
        return new DivisionsImportView(report.added().size(), report.updated().size(),
                report.added().stream().map(Area::code).toList(), report.updated().stream().map(Area::code).toList(),
                report.rejected().stream().map(r -> new Rejected(r.line(), r.code(), r.reason())).toList());
    }
}
