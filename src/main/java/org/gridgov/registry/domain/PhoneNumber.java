package org.gridgov.registry.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/** A mainland China mobile number (11 digits starting 1[3-9]), written with or without +86 and spaces. */
public record PhoneNumber(String digits) {

    private static final Pattern MOBILE = Pattern.compile("^1[3-9][0-9]{9}$");

    public PhoneNumber {
        if (digits == null || !MOBILE.matcher(digits).matches()) {
            throw new IllegalArgumentException("not a mobile number");
        }
    }

    public static Optional<PhoneNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.replace(" ", "").replace("-", "");
        if (compact.startsWith("+86")) {
            compact = compact.substring(3);
        }
        return MOBILE.matcher(compact).matches() ? Optional.of(new PhoneNumber(compact)) : Optional.empty();
    }

    /** 138****8000: enough for a log line or a support call, not enough to call the voter. */
    public String masked() {
        return digits.substring(0, 3) + "****" + digits.substring(7);
    }
}
