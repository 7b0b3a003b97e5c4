package org.gridgov.intake.domain;

/** Checks on free text that every way in (JSON, Open311 forms) shares. */
final class Text {

    private Text() {
    }

    /** PostgreSQL text cannot hold a NUL character: such text is refused, never stored. */
    static boolean nulFree(String text) {
        return text == null || text.indexOf('\0') < 0;
    }
}
