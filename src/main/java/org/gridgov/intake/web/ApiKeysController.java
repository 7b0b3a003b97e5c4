package org.gridgov.intake.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gridgov.intake.app.ApiKeys;
import org.gridgov.platform.problem.DocumentedProblems;

/** Open311 API keys for third-party apps, managed by administrators. The key is shown once, on issue. */
@Tag(name = "intake")
@DocumentedProblems
@Controller("/api/v1/open311/keys")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class ApiKeysController {

    @Serdeable
    record KeyRequest(@Nullable @Size(max = 100) String clientName) {
    }

    @Serdeable
    record KeyView(UUID id, String clientName, String createdBy, Instant createdAt, @Nullable Instant revokedAt,
            @Nullable String key) {

        static KeyView of(ApiKeys.Key stored, String key) {
            return new KeyView(stored.id(), stored.clientName(), stored.createdBy(), stored.createdAt(), stored.revokedAt(),
                    key);
        }
    }

    private final ApiKeys apiKeys;

    ApiKeysController(ApiKeys apiKeys) {
        this.apiKeys = apiKeys;
    }

    @Operation(operationId = "issueOpen311Key", summary = "Issue an Open311 API key")
    @Post
    HttpResponse<KeyView> issue(@Valid @Body KeyRequest request, Authentication authentication) {
        ApiKeys.Issued issued = apiKeys.issue(request.clientName(), authentication.getName());
        return HttpResponse.created(KeyView.of(issued.issued(), issued.key()), URI.create("/api/v1/open311/keys/" + issued.issued().id()));
    }

    @Operation(operationId = "listOpen311Keys", summary = "Open311 API keys")
    @Get
    List<KeyView> list() {
        return apiKeys.all().stream().map(stored -> KeyView.of(stored, null)).toList();
    }

    @Operation(operationId = "revokeOpen311Key", summary = "Revoke an Open311 API key")
    @Delete("/{id}")
    HttpResponse<Void> revoke(@PathVariable UUID id) {
        apiKeys.revoke(id);
        return HttpResponse.noContent();
    }
}
