package org.gridgov.simulator;

import java.net.URI;
import java.time.Duration;

/** The command line of {@code ./gridgov simulate}. */
public record SimulationOptions(String city, int days, Rate rate, long seed, int perDay, int threads, URI url,
                                Duration settle, String adminPassword, boolean history) {

    /** How fast history is laid down when --rate is not given: a simulated day in a minute. */
    static final Rate HISTORY_RATE = Rate.parse("1440x");

    static final String USAGE = """
            usage: ./gridgov simulate [--city zibo] [--days 1] [--rate 1x|60x|max] [--seed 1] [--history]
                                      [--per-day 120] [--threads 8] [--settle 600] [--url http://localhost:8080]
              --days      simulated days, each compressed into real time at --rate (a day at 60x takes 24 minutes)
              --history   plays the days before today: sets the demo platform's clock back --days days and
                          lets it run at --rate (default 1440x, a day a minute), then puts it back, so the
                          dashboard shows that history; needs the administrator's password
              --rate      1x real time, <n>x n times faster, max as fast as the platform answers (load generator)
              --seed      the same seed plays the same days
              --per-day   events reported per simulated day (about; repeated sightings come on top)
              --threads   requests in flight at once
              --settle    seconds to wait after the last report for the cases still moving
              --url       the running platform (default http://localhost:$GRIDGOV_HTTP_PORT)
              GRIDGOV_ADMIN_PASSWORD (or --admin-password): lets the simulator add one dispatcher per
                          department, so that every department handles its cases, not only 城管 (CGJ)
            """;

    public static SimulationOptions parse(String[] args, String defaultUrl, String adminPassword) {
        String city = "zibo";
        int days = 1;
        Rate rate = null;
        boolean history = false;
        long seed = 1;
        int perDay = 120;
        int threads = 8;
        String url = defaultUrl;
        int settle = 600;
        String admin = adminPassword;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--history")) {
                history = true;
                continue;
            }
            String value = name.contains("=") ? name.substring(name.indexOf('=') + 1) : null;
            if (value != null) {
                name = name.substring(0, name.indexOf('='));
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException(name + " needs a value");
            }
            switch (name) {
                case "--city" -> city = value;
                case "--days" -> days = positive(name, value, 3650);
                case "--rate" -> rate = Rate.parse(value);
                case "--seed" -> seed = number(name, value);
                case "--per-day" -> perDay = positive(name, value, 1_000_000);
                case "--threads" -> threads = positive(name, value, 256);
                case "--url" -> url = value;
                case "--settle" -> settle = positive(name, value, 864_000);
                case "--admin-password" -> admin = value;
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        CityProfile.named(city);
        URI uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        if (uri.getScheme() == null || !uri.getScheme().startsWith("http")) {
            throw new IllegalArgumentException("--url must be an http(s) address, not '" + url + "'");
        }
        if (rate == null) {
            rate = history ? HISTORY_RATE : Rate.parse("60x");
        }
        String password = admin == null || admin.isBlank() ? null : admin;
        if (history && rate.max()) {
            throw new IllegalArgumentException("--history plays days at a pace the platform clock keeps: --rate takes "
                    + "<n>x with it (1440x is a day a minute), not max");
        }
        if (history && password == null) {
            throw new IllegalArgumentException("--history sets the platform clock back, which only the administrator may: "
                    + "give GRIDGOV_ADMIN_PASSWORD or --admin-password");
        }
        return new SimulationOptions(city, days, rate, seed, perDay, threads, uri, Duration.ofSeconds(settle), password,
                history);
    }

    private static long number(String name, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " takes a whole number, not '" + value + "'");
        }
    }

    private static int positive(String name, String value, int most) {
        long n = number(name, value);
        if (n < 1 || n > most) {
            throw new IllegalArgumentException(name + " takes a number from 1 to " + most + ", not " + value);
        }
        return (int) n;
    }
}
