package org.gridgov.dashboard.app;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.dashboard.domain.AreaCode;
import org.gridgov.dashboard.domain.Extent;
import org.gridgov.dashboard.domain.FigureCounts;
import org.gridgov.dashboard.domain.Figures;
import org.gridgov.dashboard.domain.Metric;
import org.gridgov.dashboard.domain.Period;
import org.gridgov.dashboard.domain.Snapshot;
import org.gridgov.dashboard.domain.TileAddress;
import org.gridgov.dashboard.persistence.FigureQueries;
import org.gridgov.dashboard.persistence.GridOutlines;
import org.gridgov.dashboard.persistence.GridTiles;

/**
 * A map tile of the grids coloured by one figure for a period.
 *
 * <p>The dashboard serves the tiles, not the grid service: the figure is the dashboard's own (its
 * read models of gridgov.cases.v1), and it already keeps every grid's outline from gridgov.grid.v1.
 * So a tile is one service answering from its own tables in one read-only transaction, and no tile
 * request crosses to another service. The grid service stays the owner of the outlines; this copy
 * follows its topic.
 *
 * <p>The figure is computed for exactly the grids in the tile (for a calendar month their monthly
 * rows, otherwise their daily rows, by primary key), with the same {@link Figures} rules and the
 * same rows as the tables and the GeoJSON map, so a tile and the per-grid table of the dashboard
 * never disagree.
 */
@Singleton
@io.micronaut.transaction.annotation.Transactional(readOnly = true)
public class ReadGridTiles {

    private final GridTiles tiles;
    private final FigureQueries figures;
    private final GridOutlines outlines;
    private final Clock clock;

    public ReadGridTiles(GridTiles tiles, FigureQueries figures, GridOutlines outlines, Clock clock) {
        this.tiles = tiles;
        this.figures = figures;
        this.outlines = outlines;
        this.clock = clock;
    }

    /** Where an area's live grids lie: a tiled map opens there without loading the outlines. */
    public Optional<Extent> extent(AreaCode area) {
        return Optional.ofNullable(outlines.extent(area));
    }

    /**
     * The {@link TileAddress#thin()} tiles that hold live grids, coarsest first: a province has a
     * few hundred, each costing thousands of grids, so these are the tiles worth rendering ahead.
     */
    public List<TileAddress> thinTilesWithGrids() {
        List<TileAddress> finest = tiles.tilesWithGrids(TileAddress.lastThinZoom());
        LinkedHashSet<TileAddress> all = new LinkedHashSet<>();
        List<TileAddress> zoom = finest;
        while (!zoom.isEmpty()) {
            all.addAll(zoom);
            zoom = zoom.get(0).z() == TileAddress.MIN_ZOOM ? List.of() : zoom.stream().map(TileAddress::parent).distinct().toList();
        }
        List<TileAddress> coarsestFirst = new ArrayList<>(all);
        coarsestFirst.sort(Comparator.comparingInt(TileAddress::z));
        return coarsestFirst;
    }

    /**
     * @param townships the townships whose grids the caller may see, or null for all
     * @param department the department whose cases the figure counts, or null for all
     * @return the tile's bytes; empty when no grid lies in it
     */
    public byte[] tile(TileAddress tile, Metric metric, Period period, String department, List<String> townships) {
        List<String> codes = tiles.gridCodes(tile, townships);
        if (codes.isEmpty()) {
            return new byte[0];
        }
        // the figures of now need only the open cases; every other figure only the daily counts
        boolean ofNow = metric == Metric.OVERDUE_NOW || metric == Metric.DEFERRED_NOW || metric == Metric.PARKED_NOW;
        Map<String, FigureCounts> counts = ofNow ? Map.of() : figures.countsOfGrids(codes, period, department);
        Map<String, Snapshot> standing = ofNow ? figures.snapshotOfGrids(codes, department, clock.instant()) : Map.of();
        List<Double> values = new ArrayList<>(codes.size());
        for (String code : codes) {
            Figures grid = Figures.of(counts.getOrDefault(code, FigureCounts.empty()), standing.getOrDefault(code, Snapshot.NONE), null);
            values.add(grid.metric(metric));
        }
        byte[] mvt = tiles.tile(tile, metric.apiName(), codes, values, townships);
        return mvt == null ? new byte[0] : mvt;
    }
}
