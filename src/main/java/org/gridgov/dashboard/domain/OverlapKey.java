package org.gridgov.dashboard.domain;

import java.time.LocalDate;

/**
 * A closed case's close day together with its deadline day. Summing these where both days lie in
 * a period gives the cases counted twice by "deadline in period" + "closed in period".
 */
public record OverlapKey(LocalDate closedDay, LocalDate deadlineDay, Dimensions dimensions) {}
