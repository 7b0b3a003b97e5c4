package org.gridgov.registry.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridgov.platform.problem.DocumentedProblems;
import org.gridgov.registry.app.EvaluateMeasures;
import org.gridgov.registry.domain.Criterion;
import org.gridgov.registry.domain.MeasureStanding;
import org.gridgov.registry.domain.Rubric;

/** The annual expert evaluation, published with its rubric. */
@Tag(name = "registry")
@DocumentedProblems
@Controller("/api/v1/registry/evaluations")
@ExecuteOn(TaskExecutors.BLOCKING)
class EvaluationController {

    private final EvaluateMeasures evaluation;

    EvaluationController(EvaluateMeasures evaluation) {
        this.evaluation = evaluation;
    }

    @Serdeable
    record Criterion6(String code, String label, double weight) {
    }

    @Serdeable
    record Standing(int rank, UUID measureId, double trimmedMean, double mean, int experts, Map<String, Double> criterionMeans, String tie) {
    }

    @Serdeable
    record Evaluation(int year, List<Criterion6> rubric, String aggregation, List<Standing> ranking) {
    }

    @Serdeable
    record Scored(int year, String expert, UUID measureId, double total) {
    }

    @Operation(operationId = "scoreMeasureAnnually", summary = "Record an expert's annual score of a measure")
    @Post("/{year}/scores")
    @Secured("REFORM_OFFICE")
    HttpResponse<Scored> score(@PathVariable @Min(2000) @Max(9999) int year, @Body @Valid ExpertScoreRequest request) {
        var score = evaluation.score(year, request.panel(), request.expert(), request.measureId(), request.points().toMap());
        return HttpResponse.created(new Scored(year, score.expert(), score.measureId(), evaluation.rubric().total(score.points())));
    }

    @Operation(operationId = "getAnnualEvaluation", summary = "The annual expert evaluation: rubric and ranking")
    @Get("/{year}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    Evaluation get(@PathVariable @Min(2000) @Max(9999) int year) {
        Rubric rubric = evaluation.rubric();
        List<Criterion6> criteria = java.util.Arrays.stream(Criterion.values())
                .map(c -> new Criterion6(c.code(), c.label(), rubric.weight(c))).toList();
        List<Standing> ranking = evaluation.ranking(year).stream().map(EvaluationController::standing).toList();
        return new Evaluation(year, criteria, "each expert's weighted total (0–100); per measure the mean without the highest and"
                + " the lowest total (with 3+ experts); ties: plain mean, then innovation", ranking);
    }

    private static Standing standing(MeasureStanding standing) {
        Map<String, Double> means = new LinkedHashMap<>();
        standing.criterionMeans().forEach((criterion, mean) -> means.put(criterion.code(), mean));
        return new Standing(standing.rank(), standing.measureId(), standing.trimmedMean(), standing.mean(), standing.experts(), means, standing.tie());
    }
}
