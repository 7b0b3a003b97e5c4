package org.gridgov.registry.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.gridgov.platform.problem.DocumentedProblems;
import org.gridgov.registry.app.Districts;
import org.gridgov.registry.app.MeasureDraft;
import org.gridgov.registry.app.RegisterMeasures;
import org.gridgov.registry.domain.Measure;
import org.gridgov.registry.domain.MeasureStatus;

/** The register of measures: public to read, written by the reform office. */
@Tag(name = "registry")
@DocumentedProblems
@Controller("/api/v1/registry/measures")
@ExecuteOn(TaskExecutors.BLOCKING)
class MeasuresController {

    private final RegisterMeasures register;
    private final Districts districts;

    MeasuresController(RegisterMeasures register, Districts districts) {
        this.register = register;
        this.districts = districts;
    }

    @Operation(operationId = "listMeasures", summary = "Reform measures in the register")
    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    List<MeasureView> list() {
        return register.all().stream().map(measure -> MeasureView.of(measure, districts)).toList();
    }

    @Operation(operationId = "getMeasure", summary = "A reform measure")
    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    MeasureView get(@PathVariable UUID id) {
        return MeasureView.of(register.find(id), districts);
    }

    @Operation(operationId = "registerMeasure", summary = "Register a candidate measure")
    @Post
    @Secured("REFORM_OFFICE")
    HttpResponse<MeasureView> create(@Body @Valid MeasureRequest request) {
        Measure measure = register.register(new MeasureDraft(request.title(), request.summary(), request.domains(),
                request.leadUnit(), request.district(), request.informatizationDriven(), request.institutionalInnovation()));
        return HttpResponse.created(MeasureView.of(measure, districts), URI.create("/api/v1/registry/measures/" + measure.id()));
    }

    @Operation(operationId = "changeMeasureStatus", summary = "Move a measure to promoting, promoted or retired")
    @Put("/{id}/status")
    @Secured("REFORM_OFFICE")
    MeasureView changeStatus(@PathVariable UUID id, @Body @Valid StatusRequest request) {
        return MeasureView.of(register.changeStatus(id, MeasureStatus.fromCode(request.status())), districts);
    }

    @Operation(operationId = "adoptMeasure", summary = "Record a district's adoption of a measure")
    @Post("/{id}/adoptions")
    @Secured("REFORM_OFFICE")
    HttpResponse<MeasureView> adopt(@PathVariable UUID id, @Body @Valid AdoptionRequest request) {
        return HttpResponse.created(MeasureView.of(register.adopt(id, request.district(), request.adoptedOn()), districts));
    }
}
