package org.gridgov.grid.domain;

/** One raw line of a divisions CSV ({@code code,name,level,parent_code}), before validation. */
public record DivisionRow(int line, String code, String name, String level, String parentCode) {}
