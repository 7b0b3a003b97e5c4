package org.gridgov.intake.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * Up to 100 reports queued on a phone while it was offline. Items are checked one by one, not as
 * a whole: each is kept as JSON here and read on its own, so that an item that cannot even be
 * read (a string where a number belongs) costs only itself.
 */
@Serdeable
public record BatchRequest(@Nullable List<JsonNode> reports) {
}
