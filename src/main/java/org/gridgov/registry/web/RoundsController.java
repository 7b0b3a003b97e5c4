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
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridgov.platform.problem.DocumentedProblems;
import org.gridgov.platform.problem.Problem;
import org.gridgov.registry.app.CastVotes;
import org.gridgov.registry.app.VerifyVoters;
import org.gridgov.registry.app.RunRounds;
import org.gridgov.registry.app.ScoreNominations;
import org.gridgov.registry.domain.BodyComment;
import org.gridgov.registry.domain.HalfYear;
import org.gridgov.registry.domain.Nomination;
import org.gridgov.registry.domain.NominatorKind;
import org.gridgov.registry.domain.Round;
import org.gridgov.registry.domain.Rubric;
import org.gridgov.registry.domain.Stage;

/**
 * Half-year selection rounds. Reading and public voting are open to anyone (a vote is keyed by
 * the voter's hash); everything else is the reform office's.
 */
@Tag(name = "registry")
@DocumentedProblems
@Controller("/api/v1/registry/rounds")
@ExecuteOn(TaskExecutors.BLOCKING)
class RoundsController {

    private static final String CODE = "^\\d{4}H[12]$";
    private final RunRounds rounds;
    private final ScoreNominations scoring;
    private final CastVotes voting;
    private final VerifyVoters voters;
    private final Rubric rubric;

    RoundsController(RunRounds rounds, ScoreNominations scoring, CastVotes voting, VerifyVoters voters, Rubric rubric) {
        this.voters = voters;
        this.rounds = rounds;
        this.scoring = scoring;
        this.voting = voting;
        this.rubric = rubric;
    }

    @Serdeable
    record RoundSummary(String code, String stage, int quota, int listed) {
    }

    @Serdeable
    record NominationView(UUID id, String round, UUID measureId, String nominator, String nominatorKind, String evidence) {
    }

    @Serdeable
    record ScoreView(UUID nominationId, String evaluator, double total) {
    }

    @Serdeable
    record VoteView(UUID nominationId, long votes) {
    }

    @Serdeable
    record VoteTotals(String round, int picksPerVoter, Map<UUID, Long> votes) {
    }

    @Operation(operationId = "listRounds", summary = "Half-year selection rounds")
    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    List<RoundSummary> list() {
        return rounds.all().stream().map(r -> new RoundSummary(r.code().toString(), r.stage().code(), r.quota(), r.list().size())).toList();
    }

    @Operation(operationId = "getRound", summary = "A selection round with its ranking and lists")
    @Get("/{code}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    RoundView get(@PathVariable @Pattern(regexp = CODE) String code) {
        return RoundView.of(rounds.report(HalfYear.parse(code)));
    }

    @Operation(operationId = "openRound", summary = "Open a selection round")
    @Post
    @Secured("REFORM_OFFICE")
    HttpResponse<RoundView> open(@Body @Valid RoundRequest request) {
        HalfYear code = HalfYear.parse(request.code());
        rounds.open(code, request.quota());
        return HttpResponse.created(RoundView.of(rounds.report(code)), URI.create("/api/v1/registry/rounds/" + code));
    }

    /** Moves the round to {@code stage}, which must be the next one: 409 for a skip or a step back. */
    @Operation(operationId = "advanceRound", summary = "Move a round to its next stage")
    @Post("/{code}/stage")
    @Secured("REFORM_OFFICE")
    RoundView advance(@PathVariable @Pattern(regexp = CODE) String code, @Body @Valid StageRequest request) {
        HalfYear round = HalfYear.parse(code);
        rounds.advance(round, Stage.fromCode(request.stage()));
        return RoundView.of(rounds.report(round));
    }

    @Operation(operationId = "nominateMeasure", summary = "Nominate a measure in a round")
    @Post("/{code}/nominations")
    @Secured("REFORM_OFFICE")
    HttpResponse<NominationView> nominate(@PathVariable @Pattern(regexp = CODE) String code, @Body @Valid NominationRequest request) {
        Nomination nomination = rounds.nominate(HalfYear.parse(code), request.measureId(), request.nominator(),
                NominatorKind.fromCode(request.nominatorKind()), request.evidence());
        return HttpResponse.created(new NominationView(nomination.id(), code, nomination.measureId(), nomination.nominator(),
                nomination.nominatorKind().code(), nomination.evidence()));
    }

    @Operation(operationId = "scoreNomination", summary = "Record a unit's peer score of a nomination")
    @Post("/{code}/nominations/{nominationId}/scores")
    @Secured("REFORM_OFFICE")
    HttpResponse<ScoreView> score(@PathVariable @Pattern(regexp = CODE) String code, @PathVariable UUID nominationId,
            @Body @Valid PeerScoreRequest request) {
        var score = scoring.score(HalfYear.parse(code), nominationId, request.evaluator(), request.points().toMap());
        return HttpResponse.created(new ScoreView(nominationId, score.evaluator(), score.total(rubric)));
    }

    @Operation(operationId = "voteForNomination", summary = "Cast a public vote for a nomination")
    @Post("/{code}/nominations/{nominationId}/votes")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<VoteView> vote(@PathVariable @Pattern(regexp = CODE) String code, @PathVariable UUID nominationId,
            @Body @Valid VoteRequest request) {
        String voter = voters.voterOf(request.voterCredential()).orElseThrow(() -> new Problem(403, "Forbidden",
                "the voter credential is unknown or has expired: verify the phone again",
                List.of(new Problem.FieldError("voterCredential", "is unknown or has expired"))));
        return HttpResponse.created(new VoteView(nominationId, voting.vote(HalfYear.parse(code), nominationId, voter)));
    }

    @Operation(operationId = "roundVotes", summary = "Vote totals of a round")
    @Get("/{code}/votes")
    @Secured(SecurityRule.IS_ANONYMOUS)
    VoteTotals votes(@PathVariable @Pattern(regexp = CODE) String code) {
        return new VoteTotals(code, voting.picksPerVoter(), voting.totals(HalfYear.parse(code)));
    }

    @Operation(operationId = "recordConsultation", summary = "Record a consultation step and the list after it")
    @Post("/{code}/consultations")
    @Secured("REFORM_OFFICE")
    HttpResponse<RoundView> consult(@PathVariable @Pattern(regexp = CODE) String code, @Body @Valid ConsultationRequest request) {
        HalfYear round = HalfYear.parse(code);
        List<BodyComment> comments = request.comments().stream().map(c -> new BodyComment(c.body(), c.comment())).toList();
        Round consulted = rounds.consult(round, comments, request.list());
        return HttpResponse.created(RoundView.of(rounds.report(consulted.code())));
    }
}
