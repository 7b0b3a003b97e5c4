package org.gridgov.dispatch.domain;

/** A case may ask for an extension once; the township grants or refuses it. */
public enum ExtensionStatus { NONE, REQUESTED, GRANTED, REFUSED }
