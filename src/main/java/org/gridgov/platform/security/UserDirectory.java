package org.gridgov.platform.security;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.gridgov.platform.problem.Problem;
import org.gridgov.platform.security.session.DeviceSessions;
import org.gridgov.platform.time.SettableClock;

/**
 * Creates, changes and checks users; the rules for scopes per role live here. A change that takes
 * rights away reaches the user's device sessions in the same transaction: disabling the account or
 * changing its password ends them all, a new scope renews their access tokens.
 */
@Singleton
public class UserDirectory {

    private static final Pattern GRID_CODE = Pattern.compile("^[0-9]{15}$");
    private static final Pattern TOWNSHIP_CODE = Pattern.compile("^[0-9]{9}$");
    private static final Pattern UNIT_CODE = Pattern.compile("^[A-Z0-9_-]{2,40}$");
    private static final Pattern USERNAME = Pattern.compile("^[A-Za-z0-9._-]{3,64}$");

    private final Users users;
    private final PasswordHasher hasher;
    private final DeviceSessions sessions;
    private final Clock clock;
    private final PasswordPolicy passwords;
    /** Compared against when the user does not exist, so that an unknown name takes as long as a known one. */
    private final String unknownUserHash;

    public UserDirectory(Users users, PasswordHasher hasher, PasswordPolicy passwords, DeviceSessions sessions,
                         Clock clock) {
        this.passwords = passwords;
        this.users = users;
        this.hasher = hasher;
        this.sessions = sessions;
        this.clock = SettableClock.wallOf(clock); // accounts change in real time, also while a demo sets the platform clock back
        this.unknownUserHash = hasher.hash(UUID.randomUUID().toString());
    }

    @Transactional
    public UserRow create(String username, String password, Role role, List<String> scope, String displayName) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw Problem.badRequest("username", "username must be 3–64 letters, digits, '.', '_' or '-'");
        }
        checkPassword(password);
        checkScope(role, scope);
        if (users.existsById(username)) {
            throw Problem.conflict("user '" + username + "' already exists");
        }
        var now = clock.instant();
        return users.save(new UserRow(username, hasher.hash(password), role.name(), scope.toArray(String[]::new),
                displayName, true, null, now, now));
    }

    @Transactional
    public UserRow change(String username, Boolean enabled, String newPassword, List<String> newScope) {
        UserRow user = users.findById(username).orElseThrow(() -> Problem.notFound("no user '" + username + "'"));
        String hash = user.passwordHash();
        if (newPassword != null) {
            checkPassword(newPassword);
            hash = hasher.hash(newPassword);
        }
        String[] scope = user.scope();
        if (newScope != null) {
            checkScope(Role.valueOf(user.role()), newScope);
            scope = newScope.toArray(String[]::new);
        }
        boolean nowEnabled = enabled == null ? user.enabled() : enabled;
        UserRow changed = users.update(new UserRow(user.username(), hash, user.role(), scope, user.displayName(),
                nowEnabled, user.version(), user.createdAt(), clock.instant()));
        if (!nowEnabled) {
            sessions.endAll(username, "account disabled");
        } else if (newPassword != null) {
            sessions.endAll(username, "password changed");
        } else if (!List.of(scope).equals(List.of(user.scope()))) {
            sessions.renewAccess(username);
        }
        return changed;
    }

    /** A worker's grids as the grid service assigned them; their access tokens are renewed. */
    @Transactional
    public void assignGrids(String username, List<String> gridCodes, Instant at) {
        users.findById(username)
                .filter(user -> Role.WORKER.name().equals(user.role()))
                .filter(user -> !List.of(user.scope()).equals(gridCodes))
                .ifPresent(user -> {
                    users.update(new UserRow(user.username(), user.passwordHash(), user.role(),
                            gridCodes.toArray(String[]::new), user.displayName(), user.enabled(),
                            user.version(), user.createdAt(), at));
                    sessions.renewAccess(username);
                });
    }

    /**
     * The user, when the password matches and the account is enabled. An unknown or disabled user
     * costs the same BCrypt comparison as a known one, so the answer's timing does not tell which
     * usernames exist.
     */
    @Transactional
    public Optional<UserRow> authenticate(String username, String password) {
        Optional<UserRow> user = users.findById(username);
        boolean matches = hasher.matches(password, user.map(UserRow::passwordHash).orElse(unknownUserHash));
        return user.filter(u -> matches && u.enabled());
    }

    @Transactional
    public Optional<UserRow> find(String username) {
        return users.findById(username);
    }



    @Transactional
    public List<UserRow> all() {
        return users.findAllOrderByUsername();
    }

    private void checkPassword(String password) {
        passwords.check(password);
    }

    static void checkScope(Role role, List<String> scope) {
        switch (role) {
            case WORKER -> {
                if (scope.isEmpty() || !scope.stream().allMatch(code -> GRID_CODE.matcher(code).matches())) {
                    throw Problem.badRequest("scope", "a WORKER's scope lists 15-digit grid codes");
                }
            }
            case DISPATCHER -> {
                if (scope.size() != 1 || !UNIT_CODE.matcher(scope.get(0)).matches()) {
                    throw Problem.badRequest("scope", "a DISPATCHER's scope is one department or township-unit code");
                }
            }
            case TOWNSHIP -> {
                if (scope.size() != 1 || !TOWNSHIP_CODE.matcher(scope.get(0)).matches()) {
                    throw Problem.badRequest("scope", "a TOWNSHIP user's scope is one 9-digit township code");
                }
            }
            case REFORM_OFFICE, ADMIN -> {
                if (!scope.isEmpty()) {
                    throw Problem.badRequest("scope", role + " users have no scope");
                }
            }
        }
    }
}
