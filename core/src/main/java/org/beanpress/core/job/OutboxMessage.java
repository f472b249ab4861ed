package org.beanpress.core.job;

import java.time.Instant;

/**
 * A job waiting in the outbox: its logical queue name and JSON body, and how often
 * sending it has failed.
 */
public record OutboxMessage(long id, String queue, String body, int attempts, Instant createdAt) {
}
