package org.gridgov.platform.security;

/** Who a user is to the platform; each role is scoped (see {@link Caller#scope()}). */
public enum Role {
    /** 网格员: scoped to grid codes. */
    WORKER,
    /** 部门 dispatcher: scoped to one department or township-unit code. */
    DISPATCHER,
    /** 镇街中心 operator: scoped to one township code. */
    TOWNSHIP,
    /** 改革办: the measure registry. */
    REFORM_OFFICE,
    ADMIN
}
