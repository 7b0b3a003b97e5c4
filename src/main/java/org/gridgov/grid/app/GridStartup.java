package org.gridgov.grid.app;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.gridgov.grid.domain.DivisionsImportReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At every start: bring in the shipped divisions if the area tree is empty (first start), the demo
 * grids when the demo is on, then fill this instance's locate index from the database.
 */
@Singleton
class GridStartup {

    static final String SHIPPED_DIVISIONS = "/reference/zibo-divisions.csv";
    private static final Logger LOG = LoggerFactory.getLogger(GridStartup.class);

    private final ImportDivisions divisions;
    private final BeanProvider<DemoGrids> demo;
    private final GridIndexUpdates index;

    GridStartup(ImportDivisions divisions, BeanProvider<DemoGrids> demo, GridIndexUpdates index) {
        this.divisions = divisions;
        this.demo = demo;
        this.index = index;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        loadShippedDivisionsOnFirstStart();
        if (demo.isPresent()) {
            demo.get().load();
        }
        index.reloadFromDatabase("startup");
    }

    private void loadShippedDivisionsOnFirstStart() {
        if (!divisions.isEmpty()) {
            return;
        }
        try (InputStream in = GridStartup.class.getResourceAsStream(SHIPPED_DIVISIONS)) {
            DivisionsImportReport report = divisions.importCsv(new InputStreamReader(in, StandardCharsets.UTF_8));
            LOG.info("loaded the shipped divisions: {} areas added, {} rejected", report.added().size(),
                    report.rejected().size());
        } catch (Exception e) {
            // a second instance starting at the same moment may have won the race: it is there or it is not
            LOG.warn("could not load the shipped divisions ({}); areas now: {}", e.getMessage(),
                    divisions.isEmpty() ? "none" : "present");
        }
    }
}
