package org.gridgov.intake.domain;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.GpsDirectory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads where a photo was taken from its EXIF GPS tags, when the camera wrote them. A photo
 * without them, or with broken metadata, simply has no location: it is still a valid photo.
 */
public final class PhotoLocation {

    private PhotoLocation() {
    }

    public static Optional<Coordinates> read(byte[] photo) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(photo), photo.length);
            for (GpsDirectory gps : metadata.getDirectoriesOfType(GpsDirectory.class)) {
                GeoLocation location = gps.getGeoLocation();
                if (location != null && !location.isZero()
                        && Math.abs(location.getLatitude()) <= 90 && Math.abs(location.getLongitude()) <= 180) {
                    return Optional.of(new Coordinates(location.getLatitude(), location.getLongitude()));
                }
            }
            return Optional.empty();
        } catch (ImageProcessingException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
