package org.gridgov.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PhotoRulesTest {

    private final PhotoLimits limits = new PhotoLimits(5, 10 * 1024 * 1024);

    @Test
    void picturesAreRecognisedByTheirMagicBytes() {
        assertThat(PhotoType.sniff(Pictures.jpegWithoutExif())).contains(PhotoType.JPEG);
        assertThat(PhotoType.sniff(Pictures.png())).contains(PhotoType.PNG);
        assertThat(PhotoType.sniff(Pictures.webp())).contains(PhotoType.WEBP);
    }

    @Test
    void aTextFileNamedLikeAPictureIsNotAPicture() {
        byte[] text = "GIF89a? no, just text pretending to be photo.jpg".getBytes(StandardCharsets.UTF_8);
        assertThat(PhotoType.sniff(text)).isEmpty();
        assertThat(PhotoType.sniff(new byte[] {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'A', 'V', 'I', ' '})).isEmpty();
        assertThat(limits.check(0, text.length, text)).hasValueSatisfying(v -> assertThat(v.message()).contains("not a JPEG"));
    }

    @Test
    void theSixthPhotoAndAnOversizedPhotoAreRefused() {
        byte[] png = Pictures.png();
        assertThat(limits.check(4, png.length, png)).isEmpty();
        assertThat(limits.check(5, png.length, png)).hasValueSatisfying(v -> assertThat(v.message()).contains("at most 5"));
        assertThat(limits.check(0, 10L * 1024 * 1024 + 1, png)).hasValueSatisfying(v -> assertThat(v.message()).contains("larger"));
    }

    @Test
    void theExifGpsPositionOfAPhotoIsRead() {
        assertThat(PhotoLocation.read(Pictures.jpegWithGps(36.6512, -117.9803))).hasValueSatisfying(point -> {
            assertThat(point.lat()).isCloseTo(36.6512, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(point.lon()).isCloseTo(-117.9803, org.assertj.core.data.Offset.offset(1e-6));
        });
    }

    @Test
    void aPhotoWithoutExifOrWithGarbageHasNoPosition() {
        assertThat(PhotoLocation.read(Pictures.jpegWithoutExif())).isEmpty();
        assertThat(PhotoLocation.read(Pictures.png())).isEmpty();
        assertThat(PhotoLocation.read(new byte[] {1, 2, 3})).isEmpty();
    }
}
