package org.gridgov.platform.messaging;

import io.micronaut.configuration.kafka.ConsumerAware;
import java.util.Collection;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.common.TopicPartition;

/**
 * A listener every instance runs in a consumer group of its own ({@code uniqueGroupId}), from the
 * newest offset, to keep state in memory in step with a topic (the locate index, the live inboxes).
 * A record published before its partitions are assigned and their starting positions fixed would
 * pass unseen, so the subclass learns the moment from which it misses nothing:
 * {@link #positionsFixed(int)}. Nothing is handed over on a rebalance: each instance keeps all
 * partitions of its own group.
 */
public abstract class EveryInstanceListener implements ConsumerRebalanceListener, ConsumerAware<String, String> {

    private Consumer<String, String> consumer;

    /** Every record published from now on reaches this listener. */
    protected abstract void positionsFixed(int partitions);

    @Override
    public void setKafkaConsumer(Consumer<String, String> consumer) {
        this.consumer = consumer;
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        if (consumer != null) {
            // resolves the LATEST reset now, before the subclass relies on seeing what comes next
            partitions.forEach(consumer::position);
        }
        positionsFixed(partitions.size());
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        // nothing to hand over: the group is this instance's own and keeps all partitions
    }
}
