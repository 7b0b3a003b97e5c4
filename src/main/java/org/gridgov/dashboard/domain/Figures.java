package org.gridgov.dashboard.domain;

/**
 * The standard performance figures of an area for a period. Rates are {@code null} when their
 * denominator is zero: "no case was due" is not the same as "0 % closed".
 *
 * <ul>
 *   <li>结案率 closeRate = closed / due; 按期结案率 onTimeCloseRate = closed on time / due</li>
 *   <li>处置率 disposalRate = resolved / dispatched; 按期处置率 = resolved on time / dispatched</li>
 *   <li>返工率 reworkRate = reworked cases / cases resolved or reworked, each case once per period
 *       ({@link CaseCounts}); 回退率 returnRate = returned / dispatched</li>
 *   <li>satisfactionRate = (satisfied + basically satisfied) / rated, every rating counted where it was given</li>
 *   <li>立案率 registrationRate = registered / reported</li>
 *   <li>缓办数 deferred, 挂账数 parked: the times the township deferred or parked a case in a
 *       department's hands in the period; deferredNow, parkedNow: the cases deferred or parked now
 *       (a snapshot, like overdueNow, which never counts them)</li>
 *   <li>自处置数 selfResolved = problems grid workers fixed on the spot (即查即办); not in resolved or
 *       any department's figure, but reported, registered and closed like every case</li>
 *   <li>departmentOnTimeRate = resolved by the handling deadline / resolved (the department's own clock);
 *       the township's own: verificationOnTimeRate = verified within 核查时限 / verified,
 *       townshipOnTimeRate = closed within 结案时限 / closed after a resolution</li>
 * </ul>
 */
public record Figures(
        long reported,
        long registered,
        long dispatched,
        long resolved,
        long resolvedOnTime,
        long due,
        long closed,
        long closedOnTime,
        long returned,
        long reopened,
        long rated,
        long satisfied,
        long overdueNow,
        Double closeRate,
        Double onTimeCloseRate,
        Double disposalRate,
        Double onTimeDisposalRate,
        Double reworkRate,
        Double returnRate,
        Double satisfactionRate,
        Double meanHoursToClose,
        Double p90HoursToClose,
        long reworkedCases,
        long resolvedCases,
        long overdueInPeriod,
        Double registrationRate,
        Double departmentOnTimeRate,
        long townshipClosed,
        long townshipClosedOnTime,
        Double townshipOnTimeRate,
        Double meanWorkingHoursToResolve,
        long townshipVerified,
        long townshipVerifiedOnTime,
        Double verificationOnTimeRate,
        long selfResolved,
        long deferred,
        long parked,
        long deferredNow,
        long parkedNow) {

    /** Figures without the once-per-case counts (where they are not asked for). */
    public static Figures of(FigureCounts counts, Snapshot now, Double p90HoursToClose) {
        return of(counts, CaseCounts.NONE, now, p90HoursToClose);
    }

    public static Figures of(FigureCounts counts, CaseCounts cases, Snapshot now, Double p90HoursToClose) {
        long overdueNow = now.overdue();
        long dispatched = counts.get(Counter.DISPATCHED);
        long resolved = counts.get(Counter.RESOLVED);
        long due = counts.due();
        long closed = counts.get(Counter.CLOSED);
        return new Figures(
                counts.get(Counter.REPORTED),
                counts.get(Counter.REGISTERED),
                dispatched,
                resolved,
                counts.get(Counter.RESOLVED_ON_TIME),
                due,
                closed,
                counts.get(Counter.CLOSED_ON_TIME),
                counts.get(Counter.RETURNED),
                counts.get(Counter.REOPENED),
                counts.get(Counter.RATED),
                counts.get(Counter.SATISFIED),
                overdueNow,
                ratio(closed, due),
                ratio(counts.get(Counter.CLOSED_ON_TIME), due),
                ratio(resolved, dispatched),
                ratio(counts.get(Counter.RESOLVED_ON_TIME), dispatched),
                ratio(cases.reworked(), cases.reworkBasis()),
                ratio(counts.get(Counter.RETURNED), dispatched),
                ratio(counts.get(Counter.SATISFIED), counts.get(Counter.RATED)),
                closed == 0 ? null : counts.get(Counter.CLOSE_SECONDS) / 3600.0 / closed,
                p90HoursToClose,
                cases.reworked(),
                cases.reworkBasis(),
                cases.becameOverdue(),
                ratio(counts.get(Counter.REGISTERED), counts.get(Counter.REPORTED)),
                ratio(counts.get(Counter.RESOLVED_ON_TIME), resolved),
                counts.get(Counter.TOWNSHIP_CLOSED),
                counts.get(Counter.TOWNSHIP_CLOSED_ON_TIME),
                ratio(counts.get(Counter.TOWNSHIP_CLOSED_ON_TIME), counts.get(Counter.TOWNSHIP_CLOSED)),
                counts.get(Counter.HANDLED) == 0 ? null
                        : counts.get(Counter.HANDLING_WORKING_MINUTES) / 60.0 / counts.get(Counter.HANDLED),
                counts.get(Counter.TOWNSHIP_VERIFIED),
                counts.get(Counter.TOWNSHIP_VERIFIED_ON_TIME),
                ratio(counts.get(Counter.TOWNSHIP_VERIFIED_ON_TIME), counts.get(Counter.TOWNSHIP_VERIFIED)),
                counts.get(Counter.SELF_RESOLVED),
                counts.get(Counter.DEFERRED),
                counts.get(Counter.PARKED),
                now.deferred(),
                now.parked());
    }

    /** The value of a metric by its API name, for colouring maps and ranking. */
    public Double metric(Metric metric) {
        return switch (metric) {
            case REPORTED -> (double) reported;
            case REGISTERED -> (double) registered;
            case DISPATCHED -> (double) dispatched;
            case RESOLVED -> (double) resolved;
            case DUE -> (double) due;
            case CLOSED -> (double) closed;
            case CLOSED_ON_TIME -> (double) closedOnTime;
            case OVERDUE_NOW -> (double) overdueNow;
            case CLOSE_RATE -> closeRate;
            case ON_TIME_CLOSE_RATE -> onTimeCloseRate;
            case DISPOSAL_RATE -> disposalRate;
            case ON_TIME_DISPOSAL_RATE -> onTimeDisposalRate;
            case REWORK_RATE -> reworkRate;
            case RETURN_RATE -> returnRate;
            case SATISFACTION_RATE -> satisfactionRate;
            case MEAN_HOURS_TO_CLOSE -> meanHoursToClose;
            case OVERDUE_IN_PERIOD -> (double) overdueInPeriod;
            case REGISTRATION_RATE -> registrationRate;
            case DEPARTMENT_ON_TIME_RATE -> departmentOnTimeRate;
            case TOWNSHIP_ON_TIME_RATE -> townshipOnTimeRate;
            case MEAN_WORKING_HOURS_TO_RESOLVE -> meanWorkingHoursToResolve;
            case VERIFICATION_ON_TIME_RATE -> verificationOnTimeRate;
            case SELF_RESOLVED -> (double) selfResolved;
            case DEFERRED -> (double) deferred;
            case PARKED -> (double) parked;
            case DEFERRED_NOW -> (double) deferredNow;
            case PARKED_NOW -> (double) parkedNow;
        };
    }

    private static Double ratio(long numerator, long denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }
}
