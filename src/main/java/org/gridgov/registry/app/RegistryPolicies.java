package org.gridgov.registry.app;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.gridgov.registry.domain.AnnualRanking;
import org.gridgov.registry.domain.MonthlyRanking;
import org.gridgov.registry.domain.Rubric;
import org.gridgov.registry.domain.SelectionPolicy;
import org.gridgov.registry.domain.SupervisionScoring;
import org.gridgov.registry.domain.VotingPolicy;

/**
 * The registry's policies, with the settings the reform office may change:
 * {@code gridgov.registry.quota} (measures per round, 10), {@code gridgov.registry.picks-per-voter}
 * (10) and {@code gridgov.registry.peer-weight} (weight of peer scores against public votes, 0.7).
 */
@Factory
class RegistryPolicies {

    @Singleton
    RoundQuota quota(@Value("${gridgov.registry.quota:10}") int quota) {
        return new RoundQuota(quota);
    }

    @Singleton
    VotingPolicy votingPolicy(@Value("${gridgov.registry.picks-per-voter:10}") int picksPerVoter) {
        return new VotingPolicy(picksPerVoter);
    }

    @Singleton
    SelectionPolicy selectionPolicy(@Value("${gridgov.registry.peer-weight:0.7}") double peerWeight) {
        return new SelectionPolicy(peerWeight);
    }

    @Singleton
    Rubric rubric() {
        return Rubric.standard();
    }

    @Singleton
    SupervisionScoring supervisionScoring() {
        return SupervisionScoring.standard();
    }

    @Singleton
    MonthlyRanking monthlyRanking(SupervisionScoring scoring) {
        return new MonthlyRanking(scoring);
    }

    @Singleton
    AnnualRanking annualRanking(Rubric rubric) {
        return new AnnualRanking(rubric);
    }
}
