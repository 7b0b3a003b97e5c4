package org.gridgov.grid.web;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

@Serdeable
public record WorkerRequest(@NotBlank @Size(max = 100) String name,
                            @NotNull @Pattern(regexp = "full_time|part_time") String employment,
                            @NotNull @Size(max = 50) List<@NotNull @Pattern(regexp = "[0-9]{15}") String> grids) {}
