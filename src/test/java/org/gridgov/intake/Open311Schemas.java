package org.gridgov.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Validates Open311 responses against the GeoReport v2 JSON Schemas (src/test/resources/intake/open311,
 * see SOURCE there). XML responses are read into the equivalent JSON first: containers become
 * arrays, leaves become strings, numbers or booleans as the specification types them.
 */
public final class Open311Schemas {

    private static final Set<String> LISTS = Set.of("services", "service_requests", "errors", "attributes", "values",
            "endpoints", "formats");
    private static final Set<String> NUMBERS = Set.of("lat", "long", "order", "code");
    private static final Set<String> BOOLEANS = Set.of("metadata", "variable", "required");
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

    private Open311Schemas() {
    }

    /** @param schema a file in intake/open311 ("services.json") or a swagger definition ("swagger.json#/definitions/TokenResponse") */
    public static Set<String> violations(String schema, JsonNode document) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        JsonSchema contract = FACTORY.getSchema(SchemaLocation.of("classpath:intake/open311/" + schema), config);
        return contract.validate(document).stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
    }

    /** A swagger definition applied to each element of an array response. */
    public static Set<String> eachViolates(String definition, JsonNode array) {
        Set<String> all = new java.util.HashSet<>();
        if (!array.isArray() || array.isEmpty()) {
            all.add("expected a non-empty array but got " + array);
            return all;
        }
        array.forEach(item -> all.addAll(violations("swagger.json#/definitions/" + definition, item)));
        return all;
    }

    public static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    public static JsonNode xml(String text) {
        try {
            Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
            return convert(root);
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + text, e);
        }
    }

    private static JsonNode convert(Element element) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (LISTS.contains(element.getTagName())) {
            ArrayNode array = nodes.arrayNode();
            children(element).forEach(child -> array.add(convert(child)));
            return array;
        }
        if (!children(element).isEmpty()) {
            ObjectNode object = nodes.objectNode();
            children(element).forEach(child -> object.set(child.getTagName(), convert(child)));
            return object;
        }
        String text = element.getTextContent();
        String name = element.getTagName();
        if (text.isEmpty()) {
            return nodes.nullNode();
        }
        if (NUMBERS.contains(name) && text.matches("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?")) {
            return nodes.numberNode(new java.math.BigDecimal(text));
        }
        if (BOOLEANS.contains(name)) {
            return nodes.booleanNode(Boolean.parseBoolean(text));
        }
        return nodes.textNode(text);
    }

    private static java.util.List<Element> children(Element element) {
        java.util.List<Element> children = new java.util.ArrayList<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                children.add(child);
            }
        }
        return children;
    }
}
