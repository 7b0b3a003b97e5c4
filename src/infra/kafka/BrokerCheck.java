import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Node;

/**
 * Exits 0 when a Kafka BROKER answers at the given address (it describes its cluster), 1 otherwise.
 * "Something accepts connections" is not enough: a KRaft controller port accepts them too, and a
 * platform pointed there fails on every poll. Run by the launcher with the broker's own classpath:
 * {@code java -cp <kafka classpath> src/infra/kafka/BrokerCheck.java 127.0.0.1:9092}.
 */
public class BrokerCheck {

    public static void main(String[] args) throws Exception {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0],
                // generous: on a busy machine a healthy broker may take seconds to answer
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
        Admin admin = Admin.create(config);
        try {
            Collection<Node> nodes = admin.describeCluster().nodes().get(20, TimeUnit.SECONDS);
            if (nodes.isEmpty()) {
                System.err.println("no broker in the cluster described at " + args[0]);
                System.exit(1);
            }
            System.out.println("broker(s) answering: " + nodes);
        } catch (Exception e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            System.err.println(cause.getClass().getSimpleName() + ": " + cause.getMessage());
            System.exit(1);
        } finally {
            admin.close(Duration.ZERO);
        }
    }
}
