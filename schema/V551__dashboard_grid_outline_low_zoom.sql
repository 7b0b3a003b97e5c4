-- Issue 17: up to zoom 10 a grid tile is cut at 256 units a side, one unit per pixel: 153 units of
-- EPSG:3857 at zoom 10, more below. Every low-zoom tile holds thousands of grids, and ST_AsMVTGeom
-- walks every vertex it is given, so those zooms get their own copy of each outline, simplified by
-- 75 units (half a pixel at zoom 10), computed once when the grid changes, like the other copies.
ALTER TABLE dashboard.grid_outline
    ADD COLUMN outline_3857_low geometry(MultiPolygon, 3857)
        GENERATED ALWAYS AS (ST_Multi(ST_SimplifyPreserveTopology(ST_Transform(outline, 3857), 75))) STORED;
