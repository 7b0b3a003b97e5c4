package org.gridgov.dispatch.domain;

public enum Rating { SATISFIED, BASICALLY_SATISFIED, DISSATISFIED }
