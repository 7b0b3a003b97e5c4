package org.gridgov.registry.domain;

/**
 * A district's place in a monthly ranking.
 *
 * @param previousRank its place the month before, or {@code null} when it was not ranked then
 * @param movement     places gained since the previous month (negative: lost), {@code null} if new
 * @param tie          how a tie on score was settled, or {@code null} when no other district had that score
 */
public record DistrictStanding(
        int rank,
        String district,
        double score,
        double progress,
        MonthlySupervision supervision,
        Integer previousRank,
        Integer movement,
        String tie) {
}
