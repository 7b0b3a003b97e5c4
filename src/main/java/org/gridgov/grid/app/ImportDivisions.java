package org.gridgov.grid.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.grid.domain.Area;
import org.gridgov.grid.domain.DivisionRow;
import org.gridgov.grid.domain.DivisionsCsv;
import org.gridgov.grid.domain.DivisionsImport;
import org.gridgov.grid.domain.DivisionsImportReport;
import org.gridgov.grid.persistence.AreaRepository;
import org.gridgov.grid.persistence.AreaRow;
import org.gridgov.platform.refusal.Refusal;

/** Brings a divisions CSV (any city) into the area tree: adds new areas, renames known ones. */
@Singleton
public class ImportDivisions {

    private final AreaRepository areas;

    ImportDivisions(AreaRepository areas) {
        this.areas = areas;
    }

    @Transactional
    public DivisionsImportReport importCsv(Reader csv) {
        List<DivisionRow> rows;
        try {
            rows = DivisionsCsv.read(csv);
        } catch (IllegalArgumentException e) {
            throw Refusal.malformed("file", e.getMessage());
        }
        Map<String, Area> known = new HashMap<>();
        areas.findAll().forEach(row -> known.put(row.code(), row.toArea()));
        DivisionsImportReport report = new DivisionsImport(code -> Optional.ofNullable(known.get(code))).check(rows);
        areas.saveAll(report.added().stream().map(AreaRow::of).toList());
        areas.updateAll(report.updated().stream().map(AreaRow::of).toList());
        return report;
    }

    @Transactional
    public boolean isEmpty() {
        return areas.count() == 0;
    }
}
