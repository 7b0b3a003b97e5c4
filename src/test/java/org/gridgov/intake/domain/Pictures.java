package org.gridgov.intake.domain;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Tiny but genuine picture files for tests, including a JPEG whose EXIF carries a GPS position. */
public final class Pictures {

    private Pictures() {
    }

    public static byte[] png() {
        byte[] bytes = new byte[64];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, bytes, 0, 8);
        return bytes;
    }

    public static byte[] webp() {
        byte[] bytes = new byte[64];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 4);
        System.arraycopy("WEBPVP8 ".getBytes(StandardCharsets.US_ASCII), 0, bytes, 8, 8);
        return bytes;
    }

    public static byte[] jpegWithoutExif() {
        return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xDB, 0, 4, 0, 0, (byte) 0xFF, (byte) 0xD9};
    }

    /** A JPEG with an APP1 Exif segment: IFD0 → GPS IFD with latitude/longitude as degree rationals. */
    public static byte[] jpegWithGps(double lat, double lon) {
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4 + 2 + 4 * 12 + 4 + 48);
        tiff.put(new byte[] {'M', 'M', 0, 0x2A}).putInt(8);
        int gpsIfd = 8 + 2 + 12 + 4;
        tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd).putInt(0);
        int data = gpsIfd + 2 + 4 * 12 + 4;
        tiff.putShort((short) 4);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {(byte) (lat >= 0 ? 'N' : 'S'), 0, 0, 0});
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(data);
        tiff.putShort((short) 3).putShort((short) 2).putInt(2).put(new byte[] {(byte) (lon >= 0 ? 'E' : 'W'), 0, 0, 0});
        tiff.putShort((short) 4).putShort((short) 5).putInt(3).putInt(data + 24);
        tiff.putInt(0);
        putDegrees(tiff, Math.abs(lat));
        putDegrees(tiff, Math.abs(lon));
        byte[] exif = ByteBuffer.allocate(6 + tiff.capacity()).put("Exif\0\0".getBytes(StandardCharsets.US_ASCII))
                .put(tiff.array()).array();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1});
        int length = exif.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(exif);
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD9});
        return out.toByteArray();
    }

    private static void putDegrees(ByteBuffer buffer, double degrees) {
        // degrees as a fraction with 1e6 precision, minutes and seconds zero
        buffer.putInt((int) Math.round(degrees * 1_000_000)).putInt(1_000_000).putInt(0).putInt(1).putInt(0).putInt(1);
    }
}
