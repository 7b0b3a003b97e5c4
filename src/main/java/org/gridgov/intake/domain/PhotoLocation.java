package org.gridgov.intake.domain;

import com.drew.lang.ByteArrayReader;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifReader;
import com.drew.metadata.exif.GpsDirectory;
import java.util.Optional;

/**
 * Reads where a photo was taken from its EXIF GPS tags, when the camera wrote them. A photo
 * without them, or with broken metadata, simply has no location: it is still a valid photo.
 *
 * <p>Only the EXIF block is parsed: a general metadata reader would also inflate every compressed
 * PNG text chunk, and a small file can inflate to hundreds of megabytes. The EXIF block holds no
 * compressed data and is at most the size of the file.
 */
public final class PhotoLocation {

    private PhotoLocation() {
    }

    public static Optional<Coordinates> read(byte[] photo) {
        try {
            Optional<byte[]> exif = PhotoContainer.exif(photo);
            if (exif.isEmpty()) {
                return Optional.empty();
            }
            Metadata metadata = new Metadata();
            new ExifReader().extract(new ByteArrayReader(exif.get()), metadata);
            for (GpsDirectory gps : metadata.getDirectoriesOfType(GpsDirectory.class)) {
                GeoLocation location = gps.getGeoLocation();
                if (location != null && !location.isZero()
                        && Math.abs(location.getLatitude()) <= 90 && Math.abs(location.getLongitude()) <= 180) {
                    return Optional.of(new Coordinates(location.getLatitude(), location.getLongitude()));
                }
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
