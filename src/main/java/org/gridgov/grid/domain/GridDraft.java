package org.gridgov.grid.domain;

/**
 * A grid as submitted for import, before checks: the cell if it could be read, otherwise why not.
 * {@code position} is its index in the submitted collection, for the report.
 */
public record GridDraft(int position, String code, GridCell cell, String unreadable) {

    public static GridDraft readable(int position, GridCell cell) {
        return new GridDraft(position, cell.code().value(), cell, null);
    }

    public static GridDraft unreadable(int position, String code, String reason) {
        return new GridDraft(position, code, null, reason);
    }
}
