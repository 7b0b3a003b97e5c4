package org.gridgov.platform.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reference data lives once in the build, under {@code reference/}: a second copy of a table under
 * a service's resources would drift from the first with nothing to notice.
 */
class ReferenceDataTest {

    @Test
    void noDataFileIsShippedTwice() throws IOException {
        Map<String, List<Path>> byContent;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            byContent = files.filter(Files::isRegularFile)
                    .filter(file -> file.toString().endsWith(".csv"))
                    .collect(Collectors.groupingBy(ReferenceDataTest::content));
        }
        assertThat(byContent.values()).allSatisfy(copies -> assertThat(copies).hasSize(1));
        assertThat(Path.of("src/main/resources/reference/categories.csv")).exists();
    }

    private static String content(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
