package org.gridgov.platform.security;

import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.gridgov.platform.problem.Problem;

/**
 * A password is 10 to 128 characters and not one of the 112,000 most common passwords of that
 * length (OWASP SecLists, see {@code security/common-passwords.README.md}), compared ignoring case.
 */
@Singleton
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    private static final String LIST = "/security/common-passwords.txt.gz";

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    /** Refuses a password that breaks the policy, naming the field {@code password}. */
    public void check(String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw Problem.badRequest("password", "password must be " + MIN_LENGTH + "–" + MAX_LENGTH + " characters");
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            throw Problem.badRequest("password", "password is one of the most common passwords; choose another");
        }
    }

    private static Set<String> load() {
        try (InputStream raw = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (raw == null) {
                throw new IllegalStateException("the common-password list " + LIST + " is missing from the classpath");
            }
            Set<String> words = new HashSet<>(150_000);
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw),
                    StandardCharsets.UTF_8))) {
                lines.lines().forEach(words::add);
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
