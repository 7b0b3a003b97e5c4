package org.gridgov.support;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks a message against its contract in {@code schema/kafka/} (packaged on the classpath). */
public final class JsonSchemas {

    private JsonSchemas() {
    }

    public static Set<String> violations(String schemaFile, String json) {
        try (InputStream schema = JsonSchemas.class.getResourceAsStream("/schema/kafka/" + schemaFile)) {
            if (schema == null) {
                throw new IllegalArgumentException("no schema " + schemaFile);
            }
            JsonSchema contract = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
            return contract.validate(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json)).stream()
                    .map(ValidationMessage::getMessage).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
