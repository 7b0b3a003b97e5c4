package org.gridgov.registry.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.gridgov.platform.problem.DocumentedProblems;
import org.gridgov.registry.app.VerifyVoters;

/**
 * Public voters prove a phone before they vote: {@code POST /codes} sends a one-time code to it
 * (in the demo, to the log), {@code POST /verify} trades the code for a voter credential that the
 * ballot carries.
 */
@Tag(name = "registry")
@DocumentedProblems
@Controller("/api/v1/registry/voters")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class VotersController {

    @Serdeable
    record CodeRequest(@Nullable String phone) {
    }

    @Serdeable
    record CodeSent(Instant expiresAt) {
    }

    @Serdeable
    record VerifyRequest(@Nullable String phone, @Nullable String code) {
    }

    @Serdeable
    record CredentialView(String voterCredential, Instant expiresAt) {
    }

    private final VerifyVoters voters;

    VotersController(VerifyVoters voters) {
        this.voters = voters;
    }

    @Operation(operationId = "sendVoterCode", summary = "Send a one-time code to a voter's phone")
    @Post("/codes")
    HttpResponse<CodeSent> sendCode(@Body CodeRequest request) {
        return HttpResponse.accepted().body(new CodeSent(voters.sendCode(request.phone())));
    }

    @Operation(operationId = "verifyVoter", summary = "Exchange a phone's one-time code for a voter credential")
    @Post("/verify")
    CredentialView verify(@Body VerifyRequest request) {
        VerifyVoters.Credential credential = voters.verify(request.phone(), request.code());
        return new CredentialView(credential.credential(), credential.expiresAt());
    }
}
