package org.gridgov.registry.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gridgov.platform.problem.DocumentedProblems;
import org.gridgov.registry.app.Districts;
import org.gridgov.registry.app.SummarizeRegistry;
import org.gridgov.registry.domain.HalfYear;
import org.gridgov.registry.domain.RegistrySummary;

/**
 * The register in figures. Counts measures a round has selected; {@code from}/{@code to} narrow to
 * measures whose origin round lies between them (inclusive).
 */
@Tag(name = "registry")
@DocumentedProblems
@Controller("/api/v1/registry/summary")
@ExecuteOn(TaskExecutors.BLOCKING)
class SummaryController {

    private final SummarizeRegistry summarize;
    private final Districts districts;

    SummaryController(SummarizeRegistry summarize, Districts districts) {
        this.summarize = summarize;
        this.districts = districts;
    }

    @Serdeable
    record DistrictAdoption(String name, int measuresAdopted) {
    }

    @Serdeable
    record Summary(String from, String to, int total, int informatizationDriven, int institutional, int either,
            BigDecimal shareEither, Map<String, Integer> perDomain, Map<String, DistrictAdoption> perDistrictAdoption) {
    }

    @Operation(operationId = "registrySummary", summary = "Summary of the register: totals, flags, domains, adoptions")
    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    Summary get(@Nullable @QueryValue @Pattern(regexp = "^\\d{4}H[12]$") String from,
            @Nullable @QueryValue @Pattern(regexp = "^\\d{4}H[12]$") String to) {
        RegistrySummary summary = summarize.summary(from == null ? null : HalfYear.parse(from), to == null ? null : HalfYear.parse(to));
        Map<String, DistrictAdoption> adoption = new LinkedHashMap<>();
        summary.adoptionsPerDistrict().forEach((code, count) -> adoption.put(code, new DistrictAdoption(districts.name(code), count)));
        return new Summary(from, to, summary.total(), summary.informatizationDriven(), summary.institutional(), summary.either(),
                summary.shareEither(), summary.perDomain(), adoption);
    }
}
