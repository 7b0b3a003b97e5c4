package org.gridgov.platform.problem;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents, in the generated OpenAPI, the client errors every operation of a controller may answer
 * and their body: {@code application/problem+json} ({@link ProblemBody}). One line on a controller
 * class instead of six on each method; 401 and 403 concern the operations that need a token.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ApiResponse(responseCode = "400", description = "Malformed request: an unreadable body or parameter, named in `errors`",
        content = @Content(mediaType = ProblemBody.MEDIA_TYPE, schema = @Schema(implementation = ProblemBody.class)))
@ApiResponse(responseCode = "401", description = "No valid access token (operations that need one)",
        content = @Content(mediaType = ProblemBody.MEDIA_TYPE, schema = @Schema(implementation = ProblemBody.class)))
@ApiResponse(responseCode = "403", description = "The caller's role or scope does not allow this",
        content = @Content(mediaType = ProblemBody.MEDIA_TYPE, schema = @Schema(implementation = ProblemBody.class)))
@ApiResponse(responseCode = "404", description = "No such resource, or none the caller may see",
        content = @Content(mediaType = ProblemBody.MEDIA_TYPE, schema = @Schema(implementation = ProblemBody.class)))
@ApiResponse(responseCode = "409", description = "The resource's state does not allow this now",
        content = @Content(mediaType = ProblemBody.MEDIA_TYPE, schema = @Schema(implementation = ProblemBody.class)))
@ApiResponse(responseCode = "422", description = "A well-formed value that cannot be accepted, named in `errors`",
        content = @Content(mediaType = ProblemBody.MEDIA_TYPE, schema = @Schema(implementation = ProblemBody.class)))
public @interface DocumentedProblems {
}
