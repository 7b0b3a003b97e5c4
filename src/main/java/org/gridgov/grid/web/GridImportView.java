package org.gridgov.grid.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.gridgov.grid.app.GridChanges;

/**
 * The report of a grid import. {@code written} is false when an all-or-nothing import was refused
 * because of rejected features (then nothing was stored).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record GridImportView(boolean written, int imported, int unchanged, List<Rejected> rejected,
                             List<String> warnings) {

    @Serdeable

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Rejected(int index, String code, String reason) {}

    static GridImportView of(GridChanges changes) {
        return new GridImportView(changes.written(), changes.saved().size(), changes.unchanged().size(),
                changes.report().rejected().stream().map(r -> new Rejected(r.position(), r.code(), r.reason())).toList(),
                changes.report().warnings());
    }
}
