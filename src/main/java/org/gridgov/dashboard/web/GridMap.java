package org.gridgov.dashboard.web;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gridgov.dashboard.app.AreaFigures;
import org.gridgov.dashboard.app.ReadFigures;
import org.gridgov.dashboard.app.ReadGridOutlines;
import org.gridgov.dashboard.domain.AreaCode;
import org.gridgov.dashboard.domain.Figures;
import org.gridgov.dashboard.domain.GridOutline;
import org.gridgov.dashboard.domain.Grouping;
import org.gridgov.dashboard.domain.Metric;
import org.gridgov.dashboard.domain.Period;

/**
 * The grids of an area as a GeoJSON FeatureCollection (RFC 7946, WGS-84) with the chosen metric in
 * each feature's {@code value}, for the map page and for QGIS. Grids without cases are included
 * with zero counts and null rates.
 */
@Singleton
@io.micronaut.transaction.annotation.Transactional(readOnly = true)
class GridMap {

    private final ReadGridOutlines outlines;
    private final ReadFigures readFigures;
    private final JsonMapper json;

    GridMap(ReadGridOutlines outlines, ReadFigures readFigures, JsonMapper json) {
        this.outlines = outlines;
        this.readFigures = readFigures;
        this.json = json;
    }

    String featureCollection(AreaCode area, Period period, String department, Metric metric) {
        AreaFigures byGrid = readFigures.figures(area, period, department, Grouping.GRID);
        Map<String, Figures> figures = new LinkedHashMap<>();
        byGrid.rows().forEach(row -> figures.put(row.key(), row.figures()));
        StringBuilder out = new StringBuilder("{\"type\":\"FeatureCollection\",\"metric\":").append(write(metric.apiName()))
                .append(",\"metricLabel\":").append(write(metric.label()))
                .append(",\"from\":\"").append(period.from()).append("\",\"to\":\"").append(period.to())
                .append("\",\"features\":[");
        boolean first = true;
        for (GridOutline outline : outlines.inside(area)) {
            Figures f = figures.getOrDefault(outline.gridCode(), Figures.of(org.gridgov.dashboard.domain.FigureCounts.empty(), org.gridgov.dashboard.domain.Snapshot.NONE, null));
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("code", outline.gridCode());
            properties.put("name", outline.name());
            properties.put("kind", outline.kind());
            properties.put("metric", metric.apiName());
            properties.put("value", f.metric(metric));
            properties.put("reported", f.reported());
            properties.put("due", f.due());
            properties.put("closed", f.closed());
            properties.put("closedOnTime", f.closedOnTime());
            properties.put("overdueNow", f.overdueNow());
            properties.put("onTimeCloseRate", f.onTimeCloseRate());
            out.append(first ? "" : ",")
                    .append("{\"type\":\"Feature\",\"id\":").append(write(outline.gridCode()))
                    .append(",\"geometry\":").append(outline.geoJson())
                    .append(",\"properties\":").append(write(properties)).append('}');
            first = false;
        }
        return out.append("]}").toString();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
