package org.gridgov.dashboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Puts JSON messages straight onto a topic with a plain producer, after checking them against the topic's schema. */
final class Feed implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final JsonMapper json;

    Feed(String bootstrap, JsonMapper json) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        this.producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
        this.json = json;
    }

    static JsonSchema schema(String file) {
        try {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(Files.readString(Path.of("schema/kafka", file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void send(String topic, JsonSchema schema, String key, Map<String, Object> message) {
        try {
            String text = json.writeValueAsString(message);
            assertThat(schema.validate(text, InputFormat.JSON)).as("message valid against its schema: " + text).isEmpty();
            producer.send(new ProducerRecord<>(topic, key, text)).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
