package org.gridgov.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A photo's metadata is read without trusting it: a PNG whose compressed text chunk inflates to
 * 64 MB (a decompression bomb of about 64 KB) is refused, and neither refusing it nor reading a
 * position from it costs more than a few megabytes of memory.
 */
class PhotoMetadataBombTest {

    private static final long SIXTY_FOUR_MB = 64L * 1024 * 1024;
    private static final long FEW_MB = 4L * 1024 * 1024;
    private static final byte[] ZTXT_BOMB = Pictures.pngWithCompressedText("zTXt", SIXTY_FOUR_MB);
    private static final byte[] ITXT_BOMB = Pictures.pngWithCompressedText("iTXt", SIXTY_FOUR_MB);

    private final PhotoLimits limits = new PhotoLimits(5, 10 * 1024 * 1024);

    @Test
    void theBombsAreSmallFiles() {
        assertThat(ZTXT_BOMB.length).isLessThan(100_000);
        assertThat(ITXT_BOMB.length).isLessThan(100_000);
    }

    @Test
    void aPngWhoseCompressedTextInflatesBeyondTheCapIsRefusedNamingTheFile() {
        for (byte[] bomb : new byte[][] {ZTXT_BOMB, ITXT_BOMB}) {
            Measured<java.util.Optional<Violation>> refused = measured(() -> limits.checkMetadata(bomb));
            assertThat(refused.value()).hasValueSatisfying(violation -> {
                assertThat(violation.kind()).isEqualTo(Violation.Kind.UNPROCESSABLE);
                assertThat(violation.field()).isEqualTo("file");
                assertThat(violation.message()).contains("metadata");
            });
            assertThat(refused.allocatedBytes()).isLessThan(FEW_MB);
        }
    }

    @Test
    void readingThePositionOfABombAllocatesOnlyAFewMegabytes() {
        Measured<java.util.Optional<Coordinates>> read = measured(() -> PhotoLocation.read(ZTXT_BOMB));
        assertThat(read.value()).isEmpty();
        assertThat(read.allocatedBytes()).isLessThan(FEW_MB);
    }

    @Test
    void modestCompressedTextIsAccepted() {
        assertThat(limits.checkMetadata(Pictures.pngWithCompressedText("zTXt", 64 * 1024))).isEmpty();
        assertThat(limits.checkMetadata(Pictures.jpegWithGps(36.7, 117.9))).isEmpty();
        assertThat(limits.checkMetadata(Pictures.webp())).isEmpty();
    }

    @Test
    void thePositionIsReadFromTheExifBlockOfPngAndWebPToo() {
        assertThat(PhotoLocation.read(Pictures.pngWithGps(36.8, 118.0))).hasValueSatisfying(point ->
                assertThat(point.lat()).isCloseTo(36.8, org.assertj.core.data.Offset.offset(1e-6)));
        assertThat(PhotoLocation.read(Pictures.webpWithGps(36.8, 118.0))).hasValueSatisfying(point ->
                assertThat(point.lon()).isCloseTo(118.0, org.assertj.core.data.Offset.offset(1e-6)));
    }

    private record Measured<T>(T value, long allocatedBytes) {
    }

    private static <T> Measured<T> measured(Supplier<T> work) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        T value = work.get();
        return new Measured<>(value, threads.getCurrentThreadAllocatedBytes() - before);
    }
}
