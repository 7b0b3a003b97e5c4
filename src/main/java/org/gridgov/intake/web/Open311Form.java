package org.gridgov.intake.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridgov.intake.app.Open311Requests;
import org.gridgov.platform.problem.Problem;

/**
 * The fields of an Open311 POST, from an urlencoded or multipart body and the query string (some
 * clients put {@code api_key} or everything there). The first value of a field wins, the body's
 * before the query's. {@code attribute[code]} is one value; {@code attribute[code][]} and
 * {@code attribute[code][0]} (the Java client's spelling) collect the keys of a multi-value list,
 * kept comma-separated (a report's attribute holds one value; list keys are codes without commas).
 * The Java client writes
 * the form in ISO-8859-1 without saying so, every other client in UTF-8: a value whose bytes are not
 * UTF-8 is read as ISO-8859-1 unless the Content-Type names a charset.
 */
final class Open311Form {

    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\]]*)\\](?:\\[(\\d*)\\])?");

    private final Map<String, String> fields = new LinkedHashMap<>();
    private final Map<String, Object> attributes = new LinkedHashMap<>();
    private byte[] media;

    void add(String name, String value) {
        Matcher attribute = ATTRIBUTE.matcher(name);
        if (!attribute.matches()) {
            fields.putIfAbsent(name, value);
        } else if (attribute.group(2) == null) {
            attributes.putIfAbsent(attribute.group(1), value);
        } else {
            Object values = attributes.computeIfAbsent(attribute.group(1), code -> new ArrayList<String>());
            if (values instanceof List<?>) {
                @SuppressWarnings("unchecked")
                List<String> list = (List<String>) values;
                list.add(value);
            }
        }
    }

    void media(byte[] bytes) {
        if (media != null) {
            throw Problem.badRequest("media", "one media file per request");
        }
        media = bytes;
    }

    void addUrlEncoded(String body, Charset declared) {
        if (body == null || body.isBlank()) {
            return;
        }
        for (String pair : body.strip().split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            add(decode(eq < 0 ? pair : pair.substring(0, eq), declared), eq < 0 ? "" : decode(pair.substring(eq + 1), declared));
        }
    }

    Open311Requests.CitizenRequest citizenRequest() {
        // the Java client names the address "address", the specification "address_string"
        String address = fields.containsKey("address_string") ? fields.get("address_string") : fields.get("address");
        Map<String, Object> values = new LinkedHashMap<>();
        attributes.forEach((code, value) -> values.put(code, value instanceof List<?> list
                ? String.join(",", list.stream().map(String::valueOf).toList()) : value));
        return new Open311Requests.CitizenRequest(fields.get("api_key"), fields.get("service_code"), fields.get("lat"),
                fields.get("long"), address, fields.get("description"), fields.get("media_url"), values, media);
    }

    String field(String name) {
        return fields.get(name);
    }

    private static String decode(String encoded, Charset declared) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                if (i + 2 >= encoded.length() || Character.digit(encoded.charAt(i + 1), 16) < 0
                        || Character.digit(encoded.charAt(i + 2), 16) < 0) {
                    throw Problem.badRequest("body", "is not application/x-www-form-urlencoded: a % is not followed by two hex digits");
                }
                bytes.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                int codePoint = encoded.codePointAt(i);
                bytes.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint) - 1;
            }
        }
        byte[] raw = bytes.toByteArray();
        if (declared != null) {
            return new String(raw, declared);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(raw, StandardCharsets.ISO_8859_1);
        }
    }
}
