package org.gridgov.intake.domain;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Walks the blocks of a JPEG, PNG or WebP file as they lie in the bytes, without decoding any
 * picture data. It finds the EXIF block (the only metadata the platform reads), and measures what
 * the compressed PNG metadata chunks (zTXt, iTXt, iCCP) would inflate to, inflating into a small
 * scratch buffer that is thrown away and stopping at a cap: a 64 KB chunk can claim 64 MB.
 */
final class PhotoContainer {

    private static final byte[] JPEG_EXIF = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final int PNG_SIGNATURE = 8;

    private PhotoContainer() {
    }

    /** The TIFF structure of the EXIF block, if the file has one. */
    static Optional<byte[]> exif(byte[] photo) {
        Optional<PhotoType> type = PhotoType.sniff(photo);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        return switch (type.get()) {
            case JPEG -> jpegExif(photo);
            case PNG -> pngChunk(photo, "eXIf");
            case WEBP -> webpExif(photo);
        };
    }

    /**
     * How many bytes the compressed metadata of a PNG inflates to, counted up to {@code cap + 1}:
     * a result above {@code cap} means "more than the cap". Other formats carry no compressed
     * metadata and count 0.
     */
    static long inflatedMetadata(byte[] photo, long cap) {
        if (PhotoType.sniff(photo).orElse(null) != PhotoType.PNG) {
            return 0;
        }
        long total = 0;
        int at = PNG_SIGNATURE;
        while (at + 8 <= photo.length && total <= cap) {
            long length = u32(photo, at);
            String type = new String(photo, at + 4, 4, StandardCharsets.ISO_8859_1);
            int data = at + 8;
            if (length > photo.length - data) {
                break; // a truncated chunk: nothing more can be read from it
            }
            int end = data + (int) length;
            int compressed = compressedStart(type, photo, data, end);
            if (compressed >= 0) {
                total += inflatedSize(photo, compressed, end - compressed, cap - total + 1);
            }
            at = end + 4; // skip the CRC
        }
        return total;
    }

    /** Where the deflate stream of a compressed metadata chunk starts, or -1 for other chunks. */
    private static int compressedStart(String type, byte[] bytes, int data, int end) {
        int keywordEnd = indexOf(bytes, (byte) 0, data, end);
        if (keywordEnd < 0) {
            return -1;
        }
        switch (type) {
            case "zTXt", "iCCP" -> {
                return keywordEnd + 2; // keyword NUL, compression method
            }
            case "iTXt" -> {
                if (keywordEnd + 2 >= end || bytes[keywordEnd + 1] != 1) {
                    return -1; // not compressed
                }
                int language = indexOf(bytes, (byte) 0, keywordEnd + 3, end);
                int translated = language < 0 ? -1 : indexOf(bytes, (byte) 0, language + 1, end);
                return translated < 0 ? -1 : translated + 1;
            }
            default -> {
                return -1;
            }
        }
    }

    /** Inflates into a scratch buffer, counting, and stops as soon as {@code limit} bytes came out. */
    private static long inflatedSize(byte[] bytes, int offset, int length, long limit) {
        if (length <= 0) {
            return 0;
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(bytes, offset, length);
            byte[] scratch = new byte[8192];
            long count = 0;
            while (count < limit && !inflater.finished()) {
                int n = inflater.inflate(scratch);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                count += n;
            }
            return count;
        } catch (DataFormatException e) {
            return 0; // broken compressed data inflates to nothing
        } finally {
            inflater.end();
        }
    }

    private static Optional<byte[]> jpegExif(byte[] jpeg) {
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xDA || marker == 0xD9) {
                break; // start of scan / end of image: no metadata after this
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0xFF) {
                at += marker == 0xFF ? 1 : 2; // markers without a length (and fill bytes)
                continue;
            }
            int length = u16(jpeg, at + 2);
            int data = at + 4;
            int end = at + 2 + length;
            if (length < 2 || end > jpeg.length) {
                break;
            }
            if (marker == 0xE1 && startsWith(jpeg, data, end, JPEG_EXIF)) {
                return Optional.of(java.util.Arrays.copyOfRange(jpeg, data + JPEG_EXIF.length, end));
            }
            at = end;
        }
        return Optional.empty();
    }

    private static Optional<byte[]> pngChunk(byte[] png, String wanted) {
        int at = PNG_SIGNATURE;
        while (at + 8 <= png.length) {
            long length = u32(png, at);
            int data = at + 8;
            if (length > png.length - data) {
                break;
            }
            if (new String(png, at + 4, 4, StandardCharsets.ISO_8859_1).equals(wanted)) {
                return Optional.of(java.util.Arrays.copyOfRange(png, data, data + (int) length));
            }
            at = data + (int) length + 4;
        }
        return Optional.empty();
    }

    private static Optional<byte[]> webpExif(byte[] webp) {
        int at = 12;
        while (at + 8 <= webp.length) {
            String fourcc = new String(webp, at, 4, StandardCharsets.ISO_8859_1);
            long size = u32le(webp, at + 4);
            int data = at + 8;
            if (size > webp.length - data) {
                break;
            }
            int end = data + (int) size;
            if (fourcc.equals("EXIF")) {
                // some writers keep the JPEG-style "Exif\0\0" prefix
                int start = startsWith(webp, data, end, JPEG_EXIF) ? data + JPEG_EXIF.length : data;
                return Optional.of(java.util.Arrays.copyOfRange(webp, start, end));
            }
            at = end + (int) (size & 1); // chunks are padded to an even size
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int from, int end, byte[] prefix) {
        if (end - from < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[from + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte value, int from, int end) {
        for (int i = from; i < end; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
    }

    private static long u32(byte[] b, int at) {
        return (long) (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }

    private static long u32le(byte[] b, int at) {
        return (long) (b[at + 3] & 0xFF) << 24 | (b[at + 2] & 0xFF) << 16 | (b[at + 1] & 0xFF) << 8 | (b[at] & 0xFF);
    }
}
