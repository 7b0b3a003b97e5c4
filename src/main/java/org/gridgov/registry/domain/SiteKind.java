package org.gridgov.registry.domain;

import java.util.Arrays;

/** "Seven stars, nine points" (七星九点): a star is a flagship site, a point a demonstration spot. */
public enum SiteKind {
    STAR("star"),
    POINT("point");

    private final String code;

    SiteKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static SiteKind fromCode(String code) {
        return Arrays.stream(values())
                .filter(kind -> kind.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown site kind '" + code + "'"));
    }
}
