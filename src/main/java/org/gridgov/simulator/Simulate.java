package org.gridgov.simulator;

/**
 * {@code ./gridgov simulate …}: runs a {@link Simulation} against the platform the launcher points
 * it at ({@code --url}, default http://localhost:$GRIDGOV_HTTP_PORT). It starts nothing: the platform
 * must already be running with demo data ({@code ./gridgov run}). Exit status 0 when every report
 * and action went through, 1 when some failed, 2 for a bad command line, 3 when the platform does
 * not answer.
 */
public final class Simulate {

    private Simulate() {
    }

    public static void main(String[] args) throws InterruptedException {
        String port = System.getenv().getOrDefault("GRIDGOV_HTTP_PORT", "8080");
        if (java.util.Arrays.asList(args).contains("--help") || java.util.Arrays.asList(args).contains("-h")) {
            System.out.print(SimulationOptions.USAGE);
            return;
        }
        SimulationOptions options;
        try {
            options = SimulationOptions.parse(args, "http://localhost:" + port, System.getenv("GRIDGOV_ADMIN_PASSWORD"));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(SimulationOptions.USAGE);
            System.exit(2);
            return;
        }
        try {
            Tally tally = new Simulation(options, System.out).run();
            System.exit(tally.errors() == 0 ? 0 : 1);
        } catch (PlatformApi.Unreachable e) {
            System.err.println(e.getMessage());
            System.exit(3);
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(3);
        }
    }
}
