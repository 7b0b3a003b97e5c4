package org.gridgov.registry.web;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * The consultation of the round's current stage: the bodies that commented and what they said, and
 * the list (nomination ids, in rank order) as it stands after their comments.
 */
@Serdeable
public record ConsultationRequest(
        @NotEmpty @Size(max = 50) List<@NotNull @Valid Comment> comments,
        @NotNull @Size(max = 100) List<@NotNull UUID> list) {

    @Serdeable
    public record Comment(@NotBlank @Size(max = 200) String body, @Size(max = 4000) String comment) {
    }
}
