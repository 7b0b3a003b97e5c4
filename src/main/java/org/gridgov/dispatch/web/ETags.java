package org.gridgov.dispatch.web;

import java.util.List;
import org.gridgov.platform.problem.Problem;

/** The case version as an entity tag: {@code "7"}. Weak tags and bare numbers are accepted too. */
final class ETags {

    private ETags() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    static long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new Problem(428, "Precondition Required", "If-Match with the case's version (its ETag) is required",
                    List.of(new Problem.FieldError("If-Match", "required")));
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw Problem.badRequest("If-Match", "not a case version: " + ifMatch);
        }
    }
}
