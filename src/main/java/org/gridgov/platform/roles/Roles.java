package org.gridgov.platform.roles;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The set of services one process runs. Each service's {@code package-info.java} is a
 * {@code @Configuration} with {@code @Requires(property = "gridgov.roles.<service>", notEquals = "false")},
 * which Micronaut applies to every bean in that package and below, so a role that is switched off
 * here registers none of its controllers, listeners, repositories or schedulers. Left unset (tests,
 * {@code all}) every role is on.
 */
public record Roles(Set<String> enabled) {

    public static final List<String> ALL = List.of("grid", "intake", "routing", "dispatch", "dashboard", "registry");

    public Roles {
        enabled = Set.copyOf(enabled);
    }

    public static Roles from(String[] args, String environmentValue) {
        String spec = Arrays.stream(args)
                .filter(arg -> arg.startsWith("--roles="))
                .map(arg -> arg.substring("--roles=".length()))
                .findFirst()
                .orElse(environmentValue);
        return parse(spec);
    }

    public static Roles parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return new Roles(Set.copyOf(ALL));
        }
        Set<String> chosen = new TreeSet<>();
        for (String part : spec.split(",")) {
            String role = part.trim().toLowerCase(Locale.ROOT);
            if (role.isEmpty()) {
                continue;
            }
            if (role.equals("all")) {
                chosen.addAll(ALL);
            } else if (ALL.contains(role)) {
                chosen.add(role);
            } else {
                throw new IllegalArgumentException("Unknown role '" + role + "'; known roles: all, " + String.join(", ", ALL));
            }
        }
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("No role given; known roles: all, " + String.join(", ", ALL));
        }
        return new Roles(chosen);
    }

    public boolean runs(String role) {
        return enabled.contains(role);
    }

    public Map<String, Object> asProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String role : ALL) {
            properties.put("gridgov.roles." + role, Boolean.toString(enabled.contains(role)));
        }
        return properties;
    }
}
