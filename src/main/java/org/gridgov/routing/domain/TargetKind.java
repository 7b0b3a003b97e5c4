package org.gridgov.routing.domain;

/** Who a case can be sent to. */
public enum TargetKind {
    /** A city bureau such as CGJ (城市管理局). */
    CITY_DEPARTMENT,
    /** A township's own unit: {@code <township>-CGZD|PCS|SFS|ZZZX}. */
    TOWNSHIP_UNIT,
    /** The township centre, which rules on a case by hand: {@code <township>-CENTRE}. */
    TOWNSHIP_CENTRE
}
