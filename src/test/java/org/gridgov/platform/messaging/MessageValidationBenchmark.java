package org.gridgov.platform.messaging;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.validation.validator.DefaultValidator;
import io.micronaut.validation.validator.DefaultValidatorConfiguration;
import io.micronaut.validation.validator.Validator;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.gridgov.dashboard.messaging.CaseEventV1;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The bean validation the inbox runs on every message it reads ({@code Inbox.read}), on the real
 * {@code gridgov.cases.v1} event of {@link MessageReadBenchmark} as the dashboard reads it. Run:
 * docs/BENCHMARKS.md, "Validating a message".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
public class MessageValidationBenchmark {

    private final Validator validator = new DefaultValidator(new DefaultValidatorConfiguration());
    private CaseEventV1 event;

    @Setup
    public void read() throws IOException {
        event = ObjectMapper.getDefault().readValue(MessageReadBenchmark.CASE_DISPATCHED, Argument.of(CaseEventV1.class));
        if (!validator.validate(event).isEmpty()) {
            throw new IllegalStateException("the benchmark's event is not valid: " + validator.validate(event));
        }
    }

    @Benchmark
    public Object validate() {
        return validator.validate(event);
    }
}
