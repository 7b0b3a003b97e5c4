package org.gridgov.platform.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.exceptions.InvalidPropertyFormatException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridgov.platform.json.RefusedJsonValue;

/**
 * Says in the client's terms what the framework could not read: which field (the JSON path of a
 * body property, or the name of a query, path or header parameter) and what is wrong with it. The
 * framework's own messages name Java types ("Error decoding property [String description] of
 * type [class org.gridgov…]"); none of them reaches a client.
 */
public final class ClientErrors {

    private static final Pattern DECODED_PROPERTY = Pattern.compile("^Error decoding property \\[(?:[^\\]]*\\s)?([^\\s\\]]+)\\] of type");
    private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate (?:field|Object property) '([^']*)'");
    private static final Pattern EXPECTED_TOKEN = Pattern.compile("expected (VALUE_[A-Z_]+|START_ARRAY|START_OBJECT)");

    private ClientErrors() {
    }

    /** The field error for a failure to read the request, or empty when the failure is not the client's input. */
    public static Optional<Problem.FieldError> of(Throwable failure) {
        Argument<?> argument = null;
        List<String> path = new ArrayList<>();
        String reason = null;
        String duplicate = null;
        JsonProcessingException syntax = null;
        String tokenReason = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConversionErrorException conversion && argument == null) {
                argument = conversion.getArgument();
            } else if (t instanceof UnsatisfiedArgumentException unsatisfied && argument == null) {
                argument = unsatisfied.getArgument();
                reason = "is required";
            } else if (t instanceof InvalidPropertyFormatException property) {
                path.add(property.getArgument().getName());
            } else if (t instanceof RefusedJsonValue refused) {
                reason = refused.reason();
            } else if (t instanceof JsonProcessingException json) {
                Matcher dup = DUPLICATE_KEY.matcher(String.valueOf(json.getOriginalMessage()));
                if (dup.find()) {
                    duplicate = dup.group(1);
                } else {
                    syntax = json;
                }
            } else if (t.getMessage() != null) {
                Matcher decoded = DECODED_PROPERTY.matcher(t.getMessage());
                if (decoded.find()) {
                    path.add(decoded.group(1));
                }
                Matcher token = EXPECTED_TOKEN.matcher(t.getMessage());
                if (token.find() && tokenReason == null) {
                    tokenReason = expected(token.group(1));
                }
            }
        }
        if (argument == null && path.isEmpty() && reason == null && duplicate == null && syntax == null) {
            return Optional.empty();
        }
        boolean body = argument == null || argument.getAnnotationMetadata().hasAnnotation(Body.class);
        String field = body ? (path.isEmpty() ? "body" : String.join(".", path)) : parameterName(argument);
        if (duplicate != null) {
            return Optional.of(new Problem.FieldError(path.isEmpty() ? duplicate : field + "." + duplicate,
                    "is given more than once"));
        }
        if (syntax != null && reason == null) {
            JsonLocation at = syntax.getLocation();
            return Optional.of(new Problem.FieldError(field, at == null ? "is not valid JSON"
                    : "is not valid JSON (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        }
        if (reason == null) {
            reason = tokenReason != null ? tokenReason : body ? "has a value of the wrong type or form" : "has the wrong form";
        }
        return Optional.of(new Problem.FieldError(field, reason));
    }

    private static String parameterName(Argument<?> argument) {
        var annotations = argument.getAnnotationMetadata();
        return annotations.stringValue(QueryValue.class)
                .or(() -> annotations.stringValue(PathVariable.class))
                .or(() -> annotations.stringValue(Header.class))
                .filter(name -> !name.isBlank())
                .orElse(argument.getName());
    }

    private static String expected(String token) {
        return switch (token) {
            case "VALUE_STRING" -> "must be a string";
            case "VALUE_NUMBER_INT" -> "must be a whole number";
            case "VALUE_NUMBER_FLOAT" -> "must be a number";
            case "VALUE_TRUE", "VALUE_FALSE" -> "must be true or false";
            case "START_ARRAY" -> "must be an array";
            case "START_OBJECT" -> "must be an object";
            default -> "has a value of the wrong type";
        };
    }
}
