package org.gridgov.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Where the tests find their PostgreSQL/PostGIS and Kafka. {@code ./gridgov test} starts real local
 * services and passes them in the environment ({@code DATASOURCES_DEFAULT_URL},
 * {@code KAFKA_BOOTSTRAP_SERVERS}); when those are absent and a Docker engine answers, Testcontainers
 * starts {@code postgis/postgis} and {@code apache/kafka} for the session instead. With neither, the
 * suite stops at once with the command to run.
 */
public class ServicesForTests implements LauncherSessionListener {

    private PostgreSQLContainer<?> postgis;
    private KafkaContainer kafka;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getenv("DATASOURCES_DEFAULT_URL") != null || System.getProperty("datasources.default.url") != null) {
            return;
        }
        if (!dockerAnswers()) {
            System.err.println("[gridgov] No PostgreSQL/Kafka given and no Docker engine: integration tests need "
                    + "./gridgov test (it starts real local services).");
            return;
        }
        postgis = new PostgreSQLContainer<>(DockerImageName.parse("postgis/postgis:15-3.4")
                .asCompatibleSubstituteFor("postgres"))
                .withDatabaseName("gridgov").withUsername("gridgov").withPassword("gridgov");
        kafka = new KafkaContainer(DockerImageName.parse("apache/kafka:4.1.1"))
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
        postgis.start();
        kafka.start();
        System.setProperty("datasources.default.url", postgis.getJdbcUrl());
        System.setProperty("datasources.default.username", postgis.getUsername());
        System.setProperty("datasources.default.password", postgis.getPassword());
        System.setProperty("kafka.bootstrap.servers", kafka.getBootstrapServers());
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (kafka != null) {
            kafka.stop();
        }
        if (postgis != null) {
            postgis.stop();
        }
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
