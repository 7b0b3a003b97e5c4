package org.gridgov.dashboard.it;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Mapbox Vector Tile (the protobuf messages of the MVT 2.1 specification: Tile, Layer,
 * Feature, Value) far enough to check what a map would draw: layers, features with their id,
 * attributes and polygon rings in tile coordinates. Written against the wire format directly, so
 * the tests depend on no protobuf library.
 */
record VectorTile(List<Layer> layers) {

    record Layer(String name, int extent, List<Feature> features) {

        /**
         * The layer's features by grid code: their {@code code} attribute, or their id where they carry
         * none. A grid drawn twice in one tile fails the test.
         */
        Map<String, Feature> byCode() {
            Map<String, Feature> byCode = new LinkedHashMap<>();
            for (Feature feature : features) {
                String code = (String) feature.attributes().getOrDefault("code", String.valueOf(feature.id()));
                if (byCode.putIfAbsent(code, feature) != null) {
                    throw new AssertionError("grid " + code + " drawn twice in layer " + name);
                }
            }
            return byCode;
        }
    }

    /** A feature: its id, attributes, and rings as lists of [x, y] points in tile coordinates. */
    record Feature(long id, int type, Map<String, Object> attributes, List<List<int[]>> rings) {}

    static VectorTile decode(byte[] bytes) {
        Wire tile = new Wire(ByteBuffer.wrap(bytes));
        List<Layer> layers = new ArrayList<>();
        while (tile.more()) {
            int key = tile.varint32();
            if (key >>> 3 == 3) {
                layers.add(layer(tile.message()));
            } else {
                tile.skip(key & 7);
            }
        }
        return new VectorTile(layers);
    }

    /**
     * The features of the platform's {@code grids} layer by grid code (none for an empty tile); a
     * low-zoom tile names a grid only by its feature id, the code as a number.
     */
    static Map<String, Feature> gridsByCode(byte[] bytes) {
        VectorTile tile = decode(bytes);
        return tile.layers().isEmpty() ? Map.of() : tile.layer("grids").byCode();
    }

    Layer layer(String name) {
        return layers.stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no layer " + name));
    }

    private static Layer layer(Wire wire) {
        String name = null;
        int extent = 4096;
        List<String> keys = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        List<Wire> features = new ArrayList<>();
        while (wire.more()) {
            int key = wire.varint32();
            switch (key >>> 3) {
                case 1 -> name = wire.string();
                case 2 -> features.add(wire.message());
                case 3 -> keys.add(wire.string());
                case 4 -> values.add(value(wire.message()));
                case 5 -> extent = wire.varint32();
                default -> wire.skip(key & 7);
            }
        }
        List<Feature> decoded = new ArrayList<>();
        for (Wire feature : features) {
            decoded.add(feature(feature, keys, values));
        }
        return new Layer(name, extent, decoded);
    }

    private static Feature feature(Wire wire, List<String> keys, List<Object> values) {
        long id = 0;
        int type = 0;
        Map<String, Object> attributes = new LinkedHashMap<>();
        List<Integer> geometry = new ArrayList<>();
        while (wire.more()) {
            int key = wire.varint32();
            switch (key >>> 3) {
                case 1 -> id = wire.varint();
                case 2 -> {
                    Wire tags = wire.message();
                    while (tags.more()) {
                        attributes.put(keys.get(tags.varint32()), values.get(tags.varint32()));
                    }
                }
                case 3 -> type = wire.varint32();
                case 4 -> {
                    Wire commands = wire.message();
                    while (commands.more()) {
                        geometry.add(commands.varint32());
                    }
                }
                default -> wire.skip(key & 7);
            }
        }
        return new Feature(id, type, attributes, rings(geometry));
    }

    /** MoveTo (1), LineTo (2) and ClosePath (7) commands with zig-zag encoded deltas. */
    private static List<List<int[]>> rings(List<Integer> commands) {
        List<List<int[]>> rings = new ArrayList<>();
        List<int[]> ring = null;
        int x = 0;
        int y = 0;
        int i = 0;
        while (i < commands.size()) {
            int command = commands.get(i++);
            int id = command & 7;
            int count = command >>> 3;
            if (id == 7) {
                continue;
            }
            if (id == 1) {
                ring = new ArrayList<>();
                rings.add(ring);
            }
            for (int n = 0; n < count; n++) {
                x += zigzag(commands.get(i++));
                y += zigzag(commands.get(i++));
                ring.add(new int[] {x, y});
            }
        }
        return rings;
    }

    private static Object value(Wire wire) {
        Object value = null;
        while (wire.more()) {
            int key = wire.varint32();
            value = switch (key >>> 3) {
                case 1 -> wire.string();
                case 2 -> (double) wire.buffer.order(ByteOrder.LITTLE_ENDIAN).getFloat();
                case 3 -> wire.buffer.order(ByteOrder.LITTLE_ENDIAN).getDouble();
                case 4, 5 -> wire.varint();
                case 6 -> (long) zigzagLong(wire.varint());
                case 7 -> wire.varint() != 0;
                default -> {
                    wire.skip(key & 7);
                    yield value;
                }
            };
        }
        return value;
    }

    private static int zigzag(int n) {
        return (n >>> 1) ^ -(n & 1);
    }

    private static long zigzagLong(long n) {
        return (n >>> 1) ^ -(n & 1);
    }

    /** The protobuf wire format: varints, fixed 32/64-bit values and length-delimited fields. */
    private static final class Wire {
        private final ByteBuffer buffer;

        Wire(ByteBuffer buffer) {
            this.buffer = buffer;
        }

        boolean more() {
            return buffer.hasRemaining();
        }

        long varint() {
            long result = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                byte b = buffer.get();
                result |= (long) (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    return result;
                }
            }
            throw new IllegalArgumentException("varint longer than 10 bytes");
        }

        int varint32() {
            return (int) varint();
        }

        Wire message() {
            int length = varint32();
            ByteBuffer slice = buffer.slice(buffer.position(), length);
            buffer.position(buffer.position() + length);
            return new Wire(slice);
        }

        String string() {
            Wire bytes = message();
            byte[] text = new byte[bytes.buffer.remaining()];
            bytes.buffer.get(text);
            return new String(text, StandardCharsets.UTF_8);
        }

        void skip(int wireType) {
            switch (wireType) {
                case 0 -> varint();
                case 1 -> buffer.position(buffer.position() + 8);
                case 2 -> message();
                case 5 -> buffer.position(buffer.position() + 4);
                default -> throw new IllegalArgumentException("wire type " + wireType);
            }
        }
    }
}
