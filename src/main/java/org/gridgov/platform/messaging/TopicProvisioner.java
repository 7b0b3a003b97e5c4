package org.gridgov.platform.messaging;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PostConstruct;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the platform's topics and their dead-letter topics at start, with
 * {@code gridgov.kafka.partitions} partitions and {@code gridgov.kafka.replication-factor} replicas
 * (1 for the single-node broker; 3 in production), through an admin client with the {@code kafka.*} settings,
 * before any listener subscribes (listeners reach Kafka through {@link Inbox}, which needs this bean).
 */
@Context
public class TopicProvisioner {

    private static final Logger LOG = LoggerFactory.getLogger(TopicProvisioner.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private final KafkaClientSettings settings;
    private final int partitions;
    private final short replicationFactor;
    private volatile boolean provisioned;

    public TopicProvisioner(KafkaClientSettings settings,
                            @Value("${gridgov.kafka.partitions:6}") int partitions,
                            @Value("${gridgov.kafka.replication-factor:1}") short replicationFactor) {
        this.settings = settings;
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
    }

    @PostConstruct
    void provision() {
        Map<String, Object> config = settings.admin();
        config.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        Admin admin = Admin.create(config);
        try {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String topic : Topics.ALL) {
                if (!existing.contains(topic)) {
                    missing.add(new NewTopic(topic, partitions, replicationFactor));
                }
                if (!existing.contains(Topics.dlq(topic))) {
                    missing.add(new NewTopic(Topics.dlq(topic), 1, replicationFactor));
                }
            }
            if (!missing.isEmpty()) {
                try {
                    admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                        throw e;
                    }
                }
                LOG.info("Created Kafka topics: {}", missing.stream().map(NewTopic::name).toList());
            }
            provisioned = true;
        } catch (Exception e) {
            // Kafka may be away at start: the relay keeps messages in the outbox until it returns.
            LOG.error("Could not create the Kafka topics ({}); is a broker at kafka.bootstrap.servers running? Trying again later",
                    e.toString());
        } finally {
            // close() without a timeout waits for the client's pending calls, and with no broker
            // answering its metadata lookup never ends: the platform hung at start for good
            admin.close(CLOSE_TIMEOUT);
        }
    }

    /** A platform started before its broker (or pointed at the wrong port) creates the topics once it answers. */
    @Scheduled(fixedDelay = "${gridgov.kafka.provision-retry:30s}", initialDelay = "${gridgov.kafka.provision-retry:30s}")
    void provisionWhenStillMissing() {
        if (!provisioned) {
            provision();
        }
    }

    public boolean provisioned() {
        return provisioned;
    }
}
