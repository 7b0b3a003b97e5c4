-- Vector tiles of the grids (issue 17, GET /tiles/grids/{z}/{x}/{y}.mvt). Tiles are cut in Web
-- Mercator (EPSG:3857); the outlines arrive in WGS-84. Transforming 20,000 outlines for every tile
-- would cost more than the rest of the tile, so each outline is kept in 3857 as well, computed once
-- when the grid changes (a stored generated column follows every upsert of gridgov.grid.v1 by itself).
-- The coarse copy is simplified by 20 m, less than a pixel below zoom 12 (38 m per pixel at z12):
-- low-zoom tiles cover thousands of grids and must not carry every surveyed vertex.
ALTER TABLE dashboard.grid_outline
    ADD COLUMN outline_3857 geometry(MultiPolygon, 3857)
        GENERATED ALWAYS AS (ST_Transform(outline, 3857)) STORED,
    ADD COLUMN outline_3857_coarse geometry(MultiPolygon, 3857)
        GENERATED ALWAYS AS (ST_Multi(ST_SimplifyPreserveTopology(ST_Transform(outline, 3857), 20))) STORED;

-- The tile's bounding-box search; only live grids are drawn.
CREATE INDEX grid_outline_3857_gix ON dashboard.grid_outline USING gist (outline_3857) WHERE NOT retired;
