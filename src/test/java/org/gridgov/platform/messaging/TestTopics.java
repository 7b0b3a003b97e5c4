package org.gridgov.platform.messaging;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

/** The messaging tests' own topics, which the platform's provisioner does not know. */
final class TestTopics {

    private TestTopics() {
    }

    /** Creates the topic and its DLQ, unless an earlier run against the same broker did. */
    static void createWithDeadLetters(String bootstrap, String topic, int partitions) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1),
                    new NewTopic(Topics.dlq(topic), 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (Exception alreadyThere) {
            // created by an earlier run against the same broker
        }
    }
}
