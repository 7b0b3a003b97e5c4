package org.gridgov.routing.app;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.gridgov.platform.calendar.store.WorkingCalendars;
import org.gridgov.routing.domain.AssignmentPolicy;
import org.gridgov.routing.domain.CategoryTable;
import org.gridgov.routing.domain.Deadlines;
import org.gridgov.routing.domain.DepartmentDirectory;
import org.gridgov.routing.domain.DuplicateWindow;
import org.gridgov.routing.domain.DuplicateWindows;
import org.gridgov.routing.domain.Target;
import org.gridgov.routing.domain.TargetKind;

/** Routing's reference data and policies, built once from its own resources and settings. */
@Factory
class RoutingSetup {

    @Singleton
    CategoryTable categories() {
        return read("/reference/categories.csv", CategoryTable::parse);
    }

    @Singleton
    DepartmentDirectory departments() {
        return read("/reference/departments.csv", DepartmentDirectory::parse);
    }

    @Singleton
    DuplicateWindows duplicateWindows(@Value("${gridgov.routing.duplicate.radius-m:50}") double radiusMeters,
            @Value("${gridgov.routing.duplicate.window-hours:72}") long windowHours) {
        DuplicateWindow fallback = new DuplicateWindow(radiusMeters, Duration.ofHours(windowHours));
        return read("/routing/duplicate-windows.csv", csv -> DuplicateWindows.parse(fallback, csv));
    }

    /**
     * Deadlines on the platform's working calendar as the database holds it when each is computed
     * (office hours: {@code gridgov.calendar.office-hours}, the one setting for every service).
     */
    @Singleton
    Deadlines deadlines(WorkingCalendars calendars) {
        return new Deadlines(calendars::current);
    }

    /** Reports outside every grid have no township centre; this centre rules on them instead. */
    @Singleton
    AssignmentPolicy assignmentPolicy(@Value("${gridgov.routing.fallback-centre:CITY-CENTRE}") String fallbackCentre) {
        return new AssignmentPolicy(new Target(TargetKind.TOWNSHIP_CENTRE, fallbackCentre));
    }

    private interface Parser<T> {
        T parse(Reader reader) throws IOException;
    }

    private static <T> T read(String resource, Parser<T> parser) {
        InputStream in = RoutingSetup.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parser.parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
