package org.gridgov.dashboard.domain;

import java.time.LocalDate;

/** A row of the daily figures table: day × dimensions. */
public record DailyKey(LocalDate day, Dimensions dimensions) {}
