package org.gridgov.dashboard.bench;

/**
 * SQL that fills the dashboard's read-model tables with generated cases straight in the database
 * (generate_series), then derives the daily tables the same way the projection's footprints do:
 * every dated step of a case counts on its local day, at every level of its area chain.
 */
final class BenchmarkData {

    private BenchmarkData() {}

    static final String GRIDS = """
            CREATE TEMP TABLE bench_grid AS
            SELECT row_number() OVER (ORDER BY code, n) AS idx, code || lpad(n::text, 3, '0') AS grid_code,
                   36.45 + random() * 0.8 AS lat, 117.75 + random() * 0.8 AS lon
            FROM bench_community, generate_series(1, 3) n
            """;

    /** Cases spread over the last two years; a quadratic pick makes some grids much busier than others. */
    static final String CASES = """
            INSERT INTO dashboard.case_fact (case_id, version, case_number, state, category, priority, source, reporter,
                department, handler, grid_code, community_code, township_code, district_code, lat, lon, reported_at,
                registered_at, dispatched_at, resolved_at, resolved_on_time, closed_at, closed_on_time, deadline, rating,
                rated_at, warning)
            SELECT gen_random_uuid(), 6, 'ZB-BENCH-' || s.i, s.state, s.category, 'normal', s.source, s.reporter,
                   CASE WHEN s.dispatched_at IS NULL THEN '' ELSE s.department END, NULL,
                   g.grid_code, substr(g.grid_code, 1, 12), substr(g.grid_code, 1, 9), substr(g.grid_code, 1, 6),
                   g.lat + random() * 0.005, g.lon + random() * 0.005, s.reported_at, s.registered_at, s.dispatched_at,
                   s.resolved_at, CASE WHEN s.resolved_at IS NULL THEN NULL ELSE s.resolved_at <= s.deadline END,
                   s.closed_at, CASE WHEN s.closed_at IS NULL THEN NULL ELSE s.closed_at <= s.deadline END,
                   s.deadline, s.rating, CASE WHEN s.rating IS NULL THEN NULL ELSE s.closed_at + interval '1 hour' END, 'none'
            FROM (
              SELECT t.*,
                     CASE WHEN t.closed_at IS NOT NULL THEN 'closed' WHEN t.resolved_at IS NOT NULL THEN 'resolved'
                          WHEN t.dispatched_at IS NOT NULL THEN 'dispatched' WHEN t.registered_at IS NOT NULL THEN 'registered'
                          ELSE 'rejected' END AS state,
                     CASE WHEN t.closed_at IS NOT NULL AND t.r3 < 0.5 THEN (CASE WHEN t.r3 < 0.42 THEN 'satisfied' ELSE 'dissatisfied' END) END AS rating
              FROM (
                SELECT u.*,
                       CASE WHEN (u.r1 < 0.92 OR u.reported_at < now() - interval '45 days')
                                 AND u.resolved_at IS NOT NULL AND u.resolved_at + interval '3 hours' < now()
                            THEN u.resolved_at + interval '3 hours' END AS closed_at
                FROM (
                  SELECT v.*,
                         -- cases older than 45 days have all been worked off; recent ones are partly open
                         CASE WHEN (v.r2 < 0.93 OR v.reported_at < now() - interval '45 days')
                                   AND v.dispatched_at + (v.deadline - v.dispatched_at) * (0.2 + v.r2 * 1.1) < now()
                              THEN v.dispatched_at + (v.deadline - v.dispatched_at) * (0.2 + v.r2 * 1.1) END AS resolved_at
                  FROM (
                    SELECT w.*,
                           CASE WHEN w.registered_at IS NULL THEN NULL ELSE w.registered_at + interval '30 minutes' END AS dispatched_at,
                           w.registered_at + interval '30 minutes' + (1 + floor(w.r1 * 5)) * interval '1 day' AS deadline
                    FROM (
                      SELECT i, r1, r2, r3, major, reported_at,
                             CASE WHEN r1 < 0.96 THEN reported_at + interval '1 hour' END AS registered_at,
                             lpad(major::text, 2, '0') || lpad((1 + floor(r3 * 3))::text, 2, '0') AS category,
                             -- the unit follows the category's major class, as the routing rules do
                             (ARRAY['CGJ','CGJ','ZJJ','YJGLJ','CGJ','SFJ','YJGLJ','STHJJ','MZJ','GAJ'])[major] AS department,
                             CASE WHEN r2 < 0.8 THEN 'worker' ELSE 'citizen' END AS source,
                             'w' || (1 + floor(random() * 9000))::int AS reporter,
                             1 + floor(power(random(), 2) * (SELECT count(*) FROM bench_grid))::int AS grid_idx
                      FROM (SELECT i, random() AS r1, random() AS r2, random() AS r3,
                                   1 + floor(power(random(), 1.7) * 10)::int AS major,
                                   now() - random() * interval '730 days' AS reported_at
                            FROM generate_series(?::bigint, ?::bigint) i) base
                    ) w
                  ) v
                ) u
              ) t
            ) s
            JOIN bench_grid g ON g.idx = s.grid_idx
            """;

    /** Grid-level daily counts from the facts, mirroring Footprint.of (dated steps on the local day). */
    static final String GRID_DAILY = """
            INSERT INTO dashboard.figures_daily (area_code, day, category, department, reported, registered, dispatched,
                resolved, resolved_on_time, deadline_due, closed, closed_on_time, close_seconds, rated, satisfied, returned, reopened)
            SELECT c.grid_code, (ev.at AT TIME ZONE 'Asia/Shanghai')::date, c.category, c.department,
                   sum(ev.reported), sum(ev.registered), sum(ev.dispatched), sum(ev.resolved), sum(ev.resolved_on_time),
                   sum(ev.deadline_due), sum(ev.closed), sum(ev.closed_on_time), sum(ev.close_seconds), sum(ev.rated),
                   sum(ev.satisfied), 0, 0
            FROM dashboard.case_fact c
            CROSS JOIN LATERAL (VALUES
                (c.reported_at,   1, 0, 0, 0, 0, 0, 0, 0, 0::bigint, 0, 0),
                (c.registered_at, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                (c.dispatched_at, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0),
                (c.resolved_at,   0, 0, 0, 1, CASE WHEN c.resolved_on_time THEN 1 ELSE 0 END, 0, 0, 0, 0, 0, 0),
                (CASE WHEN c.state <> 'rejected' THEN c.deadline END, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0),
                (c.closed_at,     0, 0, 0, 0, 0, 0, 1, CASE WHEN c.closed_on_time THEN 1 ELSE 0 END,
                                  greatest(0, extract(epoch FROM c.closed_at - c.reported_at))::bigint, 0, 0),
                (c.rated_at,      0, 0, 0, 0, 0, 0, 0, 0, 0, 1, CASE WHEN c.rating <> 'dissatisfied' THEN 1 ELSE 0 END)
            ) ev(at, reported, registered, dispatched, resolved, resolved_on_time, deadline_due, closed, closed_on_time,
                 close_seconds, rated, satisfied)
            WHERE ev.at IS NOT NULL
            GROUP BY 1, 2, 3, 4
            """;

    /** One level up: community (12), township (9), district (6) and the city, each from the level below. */
    static String rollUp(String fromLength, String toExpression) {
        return """
            INSERT INTO dashboard.figures_daily (area_code, day, category, department, reported, registered, dispatched,
                resolved, resolved_on_time, deadline_due, closed, closed_on_time, close_seconds, rated, satisfied, returned, reopened)
            SELECT %s, day, category, department, sum(reported), sum(registered), sum(dispatched), sum(resolved),
                   sum(resolved_on_time), sum(deadline_due), sum(closed), sum(closed_on_time), sum(close_seconds), sum(rated),
                   sum(satisfied), sum(returned), sum(reopened)
            FROM dashboard.figures_daily WHERE length(area_code) = %s AND area_code LIKE '3703%%'
            GROUP BY 1, 2, 3, 4
            """.formatted(toExpression, fromLength);
    }

    static final String GRID_OVERLAP = """
            INSERT INTO dashboard.figures_overlap (area_code, closed_day, deadline_day, category, department, n)
            SELECT grid_code, (closed_at AT TIME ZONE 'Asia/Shanghai')::date, (deadline AT TIME ZONE 'Asia/Shanghai')::date,
                   category, department, count(*)
            FROM dashboard.case_fact WHERE closed_at IS NOT NULL AND deadline IS NOT NULL AND state <> 'rejected'
            GROUP BY 1, 2, 3, 4, 5
            """;

    /** Mirrors domain.CloseTime.bucketOf: whole hours below 240, then days, capped at 320. */
    static final String GRID_CLOSE_TIME = """
            INSERT INTO dashboard.figures_close_time (area_code, day, bucket, n)
            SELECT grid_code, (closed_at AT TIME ZONE 'Asia/Shanghai')::date,
                   least(320, CASE WHEN h < 240 THEN h ELSE 240 + (h - 240) / 24 END)::smallint, count(*)
            FROM (SELECT grid_code, closed_at, floor(greatest(0, extract(epoch FROM closed_at - reported_at)) / 3600)::bigint AS h
                  FROM dashboard.case_fact WHERE closed_at IS NOT NULL) c
            GROUP BY 1, 2, 3
            """;

    static String rollUpCloseTime(String fromLength, String toExpression) {
        return """
            INSERT INTO dashboard.figures_close_time (area_code, day, bucket, n)
            SELECT %s, day, bucket, sum(n) FROM dashboard.figures_close_time
            WHERE length(area_code) = %s AND area_code LIKE '3703%%' GROUP BY 1, 2, 3
            """.formatted(toExpression, fromLength);
    }

    static String rollUpOverlap(String fromLength, String toExpression) {
        return """
            INSERT INTO dashboard.figures_overlap (area_code, closed_day, deadline_day, category, department, n)
            SELECT %s, closed_day, deadline_day, category, department, sum(n)
            FROM dashboard.figures_overlap WHERE length(area_code) = %s AND area_code LIKE '3703%%'
            GROUP BY 1, 2, 3, 4, 5
            """.formatted(toExpression, fromLength);
    }

    /** The grids' monthly rows, as V550 derives them from the daily rows and the overlaps within a month. */
    static final String GRID_MONTH = """
            INSERT INTO dashboard.figures_grid_month (month, grid_code, department, reported, registered, dispatched, resolved,
                resolved_on_time, deadline_due, closed, closed_on_time, close_seconds, rated, satisfied, returned, reopened)
            SELECT date_trunc('month', day)::date, area_code, department, sum(reported), sum(registered), sum(dispatched),
                   sum(resolved), sum(resolved_on_time), sum(deadline_due), sum(closed), sum(closed_on_time), sum(close_seconds),
                   sum(rated), sum(satisfied), sum(returned), sum(reopened)
            FROM dashboard.figures_daily WHERE length(area_code) = 15 GROUP BY 1, 2, 3
            """;

    static final String GRID_MONTH_OVERLAP = """
            INSERT INTO dashboard.figures_grid_month AS m (month, grid_code, department, closed_with_deadline_in_month)
            SELECT date_trunc('month', closed_day)::date, area_code, department, sum(n)
            FROM dashboard.figures_overlap
            WHERE length(area_code) = 15 AND date_trunc('month', closed_day) = date_trunc('month', deadline_day)
            GROUP BY 1, 2, 3
            ON CONFLICT (month, grid_code, department)
                DO UPDATE SET closed_with_deadline_in_month = m.closed_with_deadline_in_month + EXCLUDED.closed_with_deadline_in_month
            """;

    /** Closures by unit and whole hours for the city, districts and townships, mirroring Footprint's closeHours. */
    static final String CLOSE_HOURS = """
            INSERT INTO dashboard.figures_close_hours (area_code, department, day, hours, n)
            SELECT area, department, day, hours, count(*)
            FROM (SELECT department, (closed_at AT TIME ZONE 'Asia/Shanghai')::date AS day,
                         floor(extract(epoch FROM closed_at - reported_at) / 3600)::int AS hours,
                         ARRAY['370300', district_code, township_code] AS areas
                  FROM dashboard.case_fact WHERE closed_at IS NOT NULL) c
            CROSS JOIN LATERAL unnest(c.areas) AS area
            GROUP BY 1, 2, 3, 4
            """;
}
