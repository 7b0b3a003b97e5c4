/**
 * Refusals of use cases, free of HTTP and Kafka: the app layers of all services throw
 * {@link org.gridgov.platform.refusal.Refusal}; the web layer maps it to problem+json in one place,
 * and the inbox dead-letters what is not retriable.
 */
package org.gridgov.platform.refusal;
