package org.gridgov.support;

import static org.awaitility.Awaitility.await;

import io.micronaut.core.value.PropertyResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The platform as a real process of its own, started from the jar {@code mvn package} built, as
 * {@code ./gridgov run --roles ... --port ...} starts it: {@code java -jar gridgov.jar --roles=...}
 * with the database, the broker and the port in the environment. Its output goes to
 * {@code target/processes/<name>.log}. It can be killed without warning ({@link #kill()}: SIGKILL,
 * no shutdown hook runs) or stopped as an operator would ({@link #stop()}: SIGTERM).
 *
 * <p>Small heap and the quick compiler only: several of them share two cores with the test.
 */
public final class PlatformProcess implements AutoCloseable {

    /** generous: five of them starting at once on a busy two-core machine took 150 s each */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);
    /** every process a test started, killed when the test JVM ends however it ends */
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly)));
    }

    /**
     * What the processes of one test share: the suite's PostgreSQL and Kafka (as the test JVM was
     * given them) and the secret that signs tokens, so that a token the test issued is valid in each.
     */
    public record Infrastructure(String jdbcUrl, String dbUser, String dbPassword, String kafka, String jwtSecret,
            String voterSecret) {

        public static Infrastructure of(PropertyResolver properties) {
            return new Infrastructure(properties.getRequiredProperty("datasources.default.url", String.class),
                    properties.getRequiredProperty("datasources.default.username", String.class),
                    properties.getRequiredProperty("datasources.default.password", String.class),
                    properties.getRequiredProperty("kafka.bootstrap.servers", String.class),
                    properties.getRequiredProperty("micronaut.security.token.jwt.signatures.secret.generator.secret", String.class),
                    "voter-secret-of-separate-processes-" + UUID.randomUUID());
        }
    }

    /**
     * How to start one process: its name (and log file), its roles, its port, where it reaches the
     * grid and intake roles when it does not run them, and its connection pool (the test database
     * serves every process of the machine: keep it small).
     */
    public record Launch(Infrastructure infrastructure, String name, String roles, int port, URI gridUrl, URI intakeUrl,
            int poolSize) {

        public Launch named(String newName) {
            return new Launch(infrastructure, newName, roles, port, gridUrl, intakeUrl, poolSize);
        }

        public Launch gridAndIntakeAt(URI url) {
            return new Launch(infrastructure, name, roles, port, url, url, poolSize);
        }

        public Launch onPort(int newPort) {
            return new Launch(infrastructure, name, roles, newPort, gridUrl, intakeUrl, poolSize);
        }

        public Launch poolSize(int connections) {
            return new Launch(infrastructure, name, roles, port, gridUrl, intakeUrl, connections);
        }

        public PlatformProcess start() {
            return PlatformProcess.start(this);
        }
    }

    private final Launch launch;
    private final Process process;
    private final Path log;

    private PlatformProcess(Launch launch, Process process, Path log) {
        this.launch = launch;
        this.process = process;
        this.log = log;
    }

    /** A process with these roles on a port of its own. */
    public static Launch launch(Infrastructure infrastructure, String name, String roles) {
        return new Launch(infrastructure, name, roles, freePort(), null, null, 6);
    }

    /** Starts the process and waits until its {@code /health} says UP. */
    public static PlatformProcess start(Launch launch) {
        Path jar = Path.of(System.getProperty("gridgov.jar", "target/gridgov-0.1.0.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: the integration tests run after `mvn package` builds it");
        }
        Path log = Path.of("target", "processes", launch.name() + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Ddatasources.default.maximum-pool-size=" + launch.poolSize(),
                "-jar", jar.toAbsolutePath().toString(), "--roles=" + launch.roles()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.remove("GRIDGOV_ROLES");
        environment.remove("GRIDGOV_HTTP_PORT");
        Infrastructure infrastructure = launch.infrastructure();
        environment.put("DATASOURCES_DEFAULT_URL", infrastructure.jdbcUrl());
        environment.put("DATASOURCES_DEFAULT_USERNAME", infrastructure.dbUser());
        environment.put("DATASOURCES_DEFAULT_PASSWORD", infrastructure.dbPassword());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafka());
        environment.put("MICRONAUT_SERVER_PORT", Integer.toString(launch.port()));
        environment.put("GRIDGOV_JWT_SECRET", infrastructure.jwtSecret());
        environment.put("GRIDGOV_VOTER_SECRET", infrastructure.voterSecret());
        environment.put("GRIDGOV_DEMO_ENABLED", "false");
        environment.put("GRIDGOV_BLOB_DIR", Path.of("target", "processes", "blobs").toAbsolutePath().toString());
        environment.put("GRIDGOV_GRID_URL", launch.gridUrl() == null ? "" : launch.gridUrl().toString());
        environment.put("GRIDGOV_INTAKE_URL", launch.intakeUrl() == null ? "" : launch.intakeUrl().toString());
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "# " + Instant.now() + " " + String.join(" ", command) + "  (port " + launch.port() + ")\n",
                    StandardCharsets.UTF_8);
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            Process process = builder.start();
            RUNNING.add(process);
            PlatformProcess started = new PlatformProcess(launch, process, log);
            started.awaitHealthy();
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + launch.name(), e);
        }
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + launch.port());
    }

    public Launch launch() {
        return launch;
    }

    public String name() {
        return launch.name();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: the process ends at once, mid-request and mid-transaction, with nothing flushed or closed. */
    public void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** SIGTERM: the platform shuts down in order. */
    public void stop() {
        process.destroy();
        if (!awaitExit(Duration.ofSeconds(40))) {
            kill();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }

    /** The end of the process's log, for a failure message. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log at " + log + ": " + e + ")";
        }
    }

    private boolean awaitExit(Duration timeout) {
        try {
            boolean ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (ended) {
                RUNNING.remove(process);
            }
            return ended;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(url().resolve("/health")).timeout(Duration.ofSeconds(5)).build();
        try {
            await().pollInterval(Duration.ofMillis(500)).atMost(START_TIMEOUT).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name() + " ended with exit code " + process.exitValue()
                            + " before it was healthy; its log ends:\n" + logTail());
                }
                try {
                    HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                    return answer.statusCode() == 200 && answer.body().contains("\"UP\"");
                } catch (IOException notYet) {
                    return false;
                }
            });
        } catch (RuntimeException e) {
            kill();
            throw new IllegalStateException(name() + " was not healthy within " + START_TIMEOUT + "; its log ends:\n" + logTail(), e);
        }
    }

    /** A port nobody listens on now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
