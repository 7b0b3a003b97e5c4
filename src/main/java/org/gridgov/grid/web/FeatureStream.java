package org.gridgov.grid.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjIntConsumer;

/**
 * Reads a GeoJSON FeatureCollection from a stream one feature at a time, so a large import never
 * holds the whole document as a JSON tree: each feature is handed over (as plain maps and lists)
 * and can be turned into a grid draft at once.
 */
final class FeatureStream {

    private static final JsonFactory JSON = new JsonFactory();
    private static final int MAX_DEPTH = 32;

    private FeatureStream() {}

    /** @return the number of features read; throws IllegalArgumentException for a malformed document */
    static int read(InputStream body, int maxFeatures, ObjIntConsumer<Object> onFeature) throws IOException {
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("a GeoJSON FeatureCollection object is expected");
            }
            String type = null;
            int count = -1;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("type".equals(field) && value == JsonToken.VALUE_STRING) {
                    type = parser.getText();
                } else if ("features".equals(field) && value == JsonToken.START_ARRAY) {
                    count = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        if (++count > maxFeatures) {
                            throw new IllegalArgumentException("at most " + maxFeatures + " features per import");
                        }
                        onFeature.accept(value(parser, 0), count - 1);
                    }
                } else {
                    parser.skipChildren();
                }
            }
            if (!"FeatureCollection".equals(type) || count < 0) {
                throw new IllegalArgumentException("a GeoJSON FeatureCollection with a features array is expected");
            }
            return count;
        }
    }

    private static Object value(JsonParser parser, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("the document is nested too deeply");
        }
        JsonToken token = parser.currentToken();
        if (token == null) {
            throw new IllegalArgumentException("the document ends too early");
        }
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.put(name, value(parser, depth + 1));
                }
                return object;
            }
            case START_ARRAY -> {
                List<Object> array = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(parser, depth + 1));
                }
                return array;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return parser.getNumberValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return parser.getBooleanValue();
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new IllegalArgumentException("unexpected " + token);
        }
    }
}
