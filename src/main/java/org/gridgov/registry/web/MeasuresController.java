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
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.gridgov.registry.app.Districts;
import org.gridgov.registry.app.MeasureDraft;
import org.gridgov.registry.app.RegisterMeasures;
import org.gridgov.registry.domain.Measure;
import org.gridgov.registry.domain.MeasureStatus;

/** The register of measures: public to read, written by the reform office. */
@Controller("/api/v1/registry/measures")
@ExecuteOn(TaskExecutors.BLOCKING)
class MeasuresController {

    private final RegisterMeasures register;
    private final Districts districts;

    MeasuresController(RegisterMeasures register, Districts districts) {
        this.register = register;
        this.districts = districts;
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    List<MeasureView> list() {
        return register.all().stream().map(measure -> MeasureView.of(measure, districts)).toList();
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    MeasureView get(@PathVariable UUID id) {
        return MeasureView.of(register.find(id), districts);
    }

    @Post
    @Secured("REFORM_OFFICE")
    HttpResponse<MeasureView> create(@Body @Valid MeasureRequest request) {
        Measure measure = register.register(new MeasureDraft(request.title(), request.summary(), request.domains(),
                request.leadUnit(), request.district(), request.informatizationDriven(), request.institutionalInnovation()));
        return HttpResponse.created(MeasureView.of(measure, districts), URI.create("/api/v1/registry/measures/" + measure.id()));
    }

    @Put("/{id}/status")
    @Secured("REFORM_OFFICE")
    MeasureView changeStatus(@PathVariable UUID id, @Body @Valid StatusRequest request) {
        return MeasureView.of(register.changeStatus(id, MeasureStatus.fromCode(request.status())), districts);
    }

    @Post("/{id}/adoptions")
    @Secured("REFORM_OFFICE")
    HttpResponse<MeasureView> adopt(@PathVariable UUID id, @Body @Valid AdoptionRequest request) {
        return HttpResponse.created(MeasureView.of(register.adopt(id, request.district(), request.adoptedOn()), districts));
    }
}
