package org.gridgov.intake.open311;

import java.util.List;

/** A list in an Open311 document: a JSON array, or in XML a run of {@code <itemName>} elements. */
public record Open311List(String itemName, List<?> items) {

    public Open311List {
        items = List.copyOf(items);
    }
}
