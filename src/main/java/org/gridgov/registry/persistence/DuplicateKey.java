package org.gridgov.registry.persistence;

import java.sql.SQLException;

/**
 * Recognises a unique-key violation (SQLSTATE 23505). The application checks for duplicates
 * before writing; this catches the rare request that races another past that check, so that it
 * is refused as a conflict rather than failing as a server error.
 */
public final class DuplicateKey {

    private DuplicateKey() {
    }

    public static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
