package org.gridgov.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.File;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.gridgov.support.KafkaTestProducer;
import org.gridgov.support.TestDatabase;
import java.util.concurrent.atomic.AtomicLong;
import org.gridgov.support.SwitchableProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A platform (all roles, its own application context) started against a port where a KRaft
 * controller answers, not a broker: the mistake that once wrote 10 GB of log in 30 s. Its consumers
 * back off and log the repeated error once per interval, naming the wrong address as the cause, and
 * /health says DOWN. A Kafka consumer that met a non-broker keeps refusing even when a broker later
 * answers there, so that case asks for a restart; a platform started while nothing answers (the
 * broker not up yet) recovers by itself once the broker appears. (The platform is reached through a
 * proxy, so that the address is not the broker's own plus one, and can be switched.)
 */
class NotABrokerIT {

    private static final Duration WINDOW = Duration.ofSeconds(15);

    private final CountingAppender log = new CountingAppender();
    private SwitchableProxy proxy;
    private ApplicationContext platform;

    private int brokerPort;

    @BeforeEach
    void theLaunchersBroker() {
        String port = System.getenv("GRIDGOV_TEST_KAFKA_PORT");
        Assumptions.assumeTrue(port != null, "needs the launcher's broker, whose controller listens on port + 1");
        brokerPort = Integer.parseInt(port);
    }

    private void platformPointedAt(int port) throws Exception {
        proxy = new SwitchableProxy(port);
        productionLogLevels();
        platform = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "kafka.bootstrap.servers", "127.0.0.1:" + proxy.port(),
                "micronaut.server.port", -1,
                "gridgov.kafka.consumer-backoff.max", "2s",
                "gridgov.kafka.provision-retry", "10s"), "test").getApplicationContext();
    }

    @AfterEach
    void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        detachAndRestoreLevels();
    }

    @Test
    void againstAControllerConsumersBackOffLogTheCauseOncePerIntervalAndHealthAsksForARestart() throws Exception {
        platformPointedAt(brokerPort + 1);
        ConsumerTrouble trouble = platform.getBean(ConsumerTrouble.class);
        await().atMost(Duration.ofSeconds(60)).until(trouble::anyFailing);
        assertThat(health()).isEqualTo(503);

        long bytesBefore = log.bytes.get();
        long linesBefore = log.lines.get();
        await().during(WINDOW).atMost(WINDOW.plusSeconds(5)).until(() -> log.bytes.get() - bytesBefore < 20_000);
        assertThat(log.lines.get() - linesBefore).as("log lines in %s against a controller port", WINDOW).isLessThan(60);
        assertThat(trouble.anyFailing()).isTrue();
        assertThat(log.errors).anySatisfy(error -> assertThat(error).contains("cannot poll")
                .contains("not as a Kafka broker").contains("restart"));
        assertThat(trouble.unrecoverable()).hasValueSatisfying(error -> assertThat(error).contains("UnsupportedVersion"));
    }

    @Test
    void startedBeforeTheBrokerTheConsumersWaitQuietlyAndWorkOnceItAppears() throws Exception {
        int nothingListens;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            nothingListens = free.getLocalPort();
        }
        platformPointedAt(nothingListens);
        long linesBefore = log.lines.get();
        Thread.sleep(WINDOW.toMillis());
        assertThat(log.lines.get() - linesBefore).as("log lines in %s while no broker answers", WINDOW).isLessThan(60);

        String bootstrap = "127.0.0.1:" + brokerPort;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(Ping.TOPIC, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(TopicExistsException.class);
        }
        proxy.switchTo(brokerPort);
        String pingId = "after-the-broker-" + UUID.randomUUID();
        try (KafkaTestProducer producer = new KafkaTestProducer(bootstrap)) {
            producer.send(Ping.TOPIC, pingId, "{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"Pinged\","
                    + "\"occurredAt\":\"" + Instant.now() + "\",\"schemaVersion\":1,\"pingId\":\"" + pingId
                    + "\",\"note\":\"hello\"}");
        }
        TestDatabase database = platform.getBean(TestDatabase.class);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() -> database.one(
                "SELECT count(*) FROM pingtest.received WHERE ping_id = ?", rows -> rows.getLong(1), pingId)
                .orElse(0L) == 1L);
        KafkaConsumersHealth consumers = platform.getBean(KafkaConsumersHealth.class);
        assertThat(reactor.core.publisher.Flux.from(consumers.getResult()).blockFirst().getStatus())
                .as("kafka-consumers in /health").isEqualTo(io.micronaut.health.HealthStatus.UP);
        assertThat(platform.getBean(ConsumerTrouble.class).unrecoverable()).isEmpty();
        // the whole /health too, Micronaut's own kafka component included, within seconds
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofSeconds(1)).until(() -> health() == 200);
    }

    private int health() throws Exception {
        int port = platform.getBean(EmbeddedServer.class).getPort();
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }

    /** The production logging configuration, so that the count is what an operator's disk would see. */
    private void productionLogLevels() throws Exception {
        configureLogging(new File("src/main/resources/logback.xml").toURI().toURL());
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        log.setContext(context);
        log.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(log);
    }

    private void detachAndRestoreLevels() throws Exception {
        configureLogging(getClass().getResource("/logback-test.xml"));
    }

    private static void configureLogging(URL configuration) throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(configuration);
    }

    private static final class CountingAppender extends AppenderBase<ILoggingEvent> {
        final AtomicLong lines = new AtomicLong();
        final AtomicLong bytes = new AtomicLong();
        final java.util.List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        protected void append(ILoggingEvent event) {
            lines.incrementAndGet();
            if (event.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.ERROR)) {
                errors.add(event.getFormattedMessage());
            }
            long size = event.getFormattedMessage().length() + 80;
            if (event.getThrowableProxy() != null) {
                size += 100L * event.getThrowableProxy().getStackTraceElementProxyArray().length;
            }
            bytes.addAndGet(size);
        }
    }
}
