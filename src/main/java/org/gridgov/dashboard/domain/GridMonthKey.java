package org.gridgov.dashboard.domain;

import java.time.YearMonth;

/** A row of the per-grid monthly figures: grid × calendar month × unit (categories summed). */
public record GridMonthKey(YearMonth month, String gridCode, String department) {}
