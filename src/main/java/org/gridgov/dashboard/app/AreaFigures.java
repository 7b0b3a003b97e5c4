package org.gridgov.dashboard.app;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import org.gridgov.dashboard.domain.Figures;

/** An area's figures for a period, optionally broken down into rows. */
@Serdeable
public record AreaFigures(
        String code,
        String name,
        String level,
        LocalDate from,
        LocalDate to,
        String department,
        String by,
        Figures figures,
        List<Row> rows) {

    @Serdeable
    public record Row(String key, String label, Figures figures) {}
}
