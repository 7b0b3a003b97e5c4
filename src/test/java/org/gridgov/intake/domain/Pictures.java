package org.gridgov.intake.domain;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

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

    /**
     * A real-looking PNG (header, one IDAT, IEND) carrying a {@code chunkType} text chunk ("zTXt" or
     * "iTXt") whose deflated text inflates to {@code inflatedBytes} zero bytes: a decompression bomb
     * of about a thousandth of that size.
     */
    public static byte[] pngWithCompressedText(String chunkType, long inflatedBytes) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        text.writeBytes("Comment".getBytes(StandardCharsets.ISO_8859_1));
        text.write(0);
        if (chunkType.equals("iTXt")) {
            text.write(1); // compressed
            text.write(0); // deflate
            text.write(0); // no language tag
            text.write(0); // no translated keyword
        } else {
            text.write(0); // deflate
        }
        text.writeBytes(deflatedZeros(inflatedBytes));
        ByteArrayOutputStream png = pngStart();
        chunk(png, chunkType, text.toByteArray());
        return pngEnd(png);
    }

    /** A PNG whose eXIf chunk carries a GPS position. */
    public static byte[] pngWithGps(double lat, double lon) {
        ByteArrayOutputStream png = pngStart();
        chunk(png, "eXIf", tiffWithGps(lat, lon));
        return pngEnd(png);
    }

    /** A WebP whose EXIF chunk carries a GPS position. */
    public static byte[] webpWithGps(double lat, double lon) {
        byte[] exif = tiffWithGps(lat, lon);
        byte[] vp8 = new byte[10];
        int size = 4 + (8 + vp8.length) + (8 + exif.length + exif.length % 2);
        ByteBuffer riff = ByteBuffer.allocate(8 + size).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        riff.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(size).put("WEBP".getBytes(StandardCharsets.US_ASCII));
        riff.put("VP8 ".getBytes(StandardCharsets.US_ASCII)).putInt(vp8.length).put(vp8);
        riff.put("EXIF".getBytes(StandardCharsets.US_ASCII)).putInt(exif.length).put(exif);
        return riff.array();
    }

    private static byte[] deflatedZeros(long count) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] zeros = new byte[1 << 16];
        byte[] buffer = new byte[1 << 16];
        long left = count;
        while (left > 0) {
            int n = (int) Math.min(zeros.length, left);
            deflater.setInput(zeros, 0, n);
            left -= n;
            if (left == 0) {
                deflater.finish();
            }
            while (!deflater.needsInput() || (left == 0 && !deflater.finished())) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.end();
        return out.toByteArray();
    }

    private static ByteArrayOutputStream pngStart() {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        // 1 × 1, 8-bit greyscale
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(1).putInt(1).put((byte) 8).put((byte) 0).put((byte) 0)
                .put((byte) 0).put((byte) 0).array());
        return png;
    }

    private static byte[] pngEnd(ByteArrayOutputStream png) {
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[] {0, 0});
        deflater.finish();
        byte[] idat = new byte[64];
        int n = deflater.deflate(idat);
        deflater.end();
        chunk(png, "IDAT", java.util.Arrays.copyOf(idat, n));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(typeBytes);
        png.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** A JPEG with an APP1 Exif segment: IFD0 → GPS IFD with latitude/longitude as degree rationals. */
    public static byte[] jpegWithGps(double lat, double lon) {
        byte[] exif = ByteBuffer.allocate(6 + tiffWithGps(lat, lon).length).put("Exif\0\0".getBytes(StandardCharsets.US_ASCII))
                .put(tiffWithGps(lat, lon)).array();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1});
        int length = exif.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(exif);
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD9});
        return out.toByteArray();
    }

    /** A TIFF (EXIF) block: IFD0 → GPS IFD with latitude/longitude as degree rationals. */
    private static byte[] tiffWithGps(double lat, double lon) {
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
        return tiff.array();
    }

    private static void putDegrees(ByteBuffer buffer, double degrees) {
        // degrees as a fraction with 1e6 precision, minutes and seconds zero
        buffer.putInt((int) Math.round(degrees * 1_000_000)).putInt(1_000_000).putInt(0).putInt(1).putInt(0).putInt(1);
    }
}
