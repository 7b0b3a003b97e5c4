package org.gridgov.platform.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.gridgov.platform.geo.KnownAreas;
import org.gridgov.platform.problem.DocumentedProblems;

@Tag(name = "platform")
@DocumentedProblems
@Controller("/api/v1/users")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
public class UsersController {

    @Serdeable
    public record NewUser(@NotBlank @Size(max = 64) String username, @NotBlank String password,
                          @NotNull Role role, @Nullable @Size(max = 200) List<@NotBlank @Size(max = 64) String> scope,
                          @Nullable @Size(max = 100) String displayName) {
    }

    @Serdeable
    public record UserChange(@Nullable Boolean enabled, @Nullable String password,
                             @Nullable @Size(max = 200) List<@NotBlank @Size(max = 64) String> scope) {
    }

    @Serdeable
    public record UserView(String username, Role role, List<String> scope, @Nullable String displayName,
                           boolean enabled, Instant createdAt, Instant updatedAt) {
        static UserView of(UserRow row) {
            return new UserView(row.username(), Role.valueOf(row.role()), List.of(row.scope()), row.displayName(),
                    row.enabled(), row.createdAt(), row.updatedAt());
        }
    }

    private final UserDirectory directory;
    private final KnownAreas knownAreas;

    public UsersController(UserDirectory directory, KnownAreas knownAreas) {
        this.directory = directory;
        this.knownAreas = knownAreas;
    }

    @Operation(operationId = "createUser", summary = "Create a user with a role and scope")
    @Post
    public HttpResponse<UserView> create(@Valid @Body NewUser user, HttpRequest<?> request) {
        if (user.scope() != null) {
            UserDirectory.checkScope(user.role(), user.scope());
            requireExisting(user.role(), user.scope(), KnownAreas.bearerOf(request));
        }
        UserRow row = directory.create(user.username(), user.password(), user.role(),
                user.scope() == null ? List.of() : user.scope(), user.displayName());
        return HttpResponse.created(UserView.of(row), URI.create("/api/v1/users/" + row.username()));
    }

    @Operation(operationId = "listUsers", summary = "Users")
    @Get
    public List<UserView> list() {
        return directory.all().stream().map(UserView::of).toList();
    }

    @Operation(operationId = "getUser", summary = "A user")
    @Get("/{username}")
    public UserView get(@PathVariable String username) {
        return directory.find(username).map(UserView::of)
                .orElseThrow(() -> org.gridgov.platform.problem.Problem.notFound("no user '" + username + "'"));
    }

    @Operation(operationId = "changeUser", summary = "Change a user's role, scope, password or enabled flag")
    @Patch("/{username}")
    public UserView change(@PathVariable String username, @Valid @Body UserChange change, HttpRequest<?> request) {
        if (change.scope() != null) {
            UserRow user = directory.find(username)
                    .orElseThrow(() -> org.gridgov.platform.problem.Problem.notFound("no user '" + username + "'"));
            Role role = Role.valueOf(user.role());
            UserDirectory.checkScope(role, change.scope());
            requireExisting(role, change.scope(), KnownAreas.bearerOf(request));
        }
        return UserView.of(directory.change(username, change.enabled(), change.password(), change.scope()));
    }

    /** A scope names grids or a township that exist: otherwise the user could never act, or acts nowhere. */
    private void requireExisting(Role role, List<String> scope, String bearer) {
        switch (role) {
            case WORKER -> scope.forEach(code -> knownAreas.requireGrid("scope", code, bearer));
            case TOWNSHIP -> scope.forEach(code -> knownAreas.requireArea("scope", code, "township", bearer));
            default -> { }
        }
    }
}
