/** Logging configuration pieces that {@code logback.xml} names. */
package org.gridgov.platform.logging;
