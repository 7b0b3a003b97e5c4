package org.gridgov.dashboard.domain;

/** A WGS-84 bounding box in degrees. */
public record Extent(double west, double south, double east, double north) {}
