package org.beanpress.local;

import java.util.Objects;

/**
 * One SQS queue of the local stack and, optionally, the dead-letter queue its failed messages move to.
 *
 * @param name the queue name
 * @param deadLetterQueueName the DLQ's name, or {@code null} for a queue without one
 * @param maxReceiveCount receives after which an undeleted message moves to the DLQ (at least 1 when there is one)
 * @param visibilityTimeoutSeconds how long a received message stays hidden from other consumers (0..43200)
 */
public record QueueDefinition(String name, String deadLetterQueueName, int maxReceiveCount,
							  int visibilityTimeoutSeconds) {

	/** Validates the definition against SQS's own limits, so a mistake fails here rather than at CreateQueue. */
	public QueueDefinition {
		Objects.requireNonNull(name, "name");
		if (name.isBlank()) {
			throw new IllegalArgumentException("queue name must not be blank");
		}
		if (name.equals(deadLetterQueueName)) {
			throw new IllegalArgumentException("queue " + name + " cannot be its own dead-letter queue");
		}
		if (deadLetterQueueName != null && (maxReceiveCount < 1 || maxReceiveCount > 1000)) {
			throw new IllegalArgumentException("maxReceiveCount must be 1..1000, was " + maxReceiveCount);
		}
		if (visibilityTimeoutSeconds < 0 || visibilityTimeoutSeconds > 43_200) {
			throw new IllegalArgumentException(
					"visibilityTimeoutSeconds must be 0..43200, was " + visibilityTimeoutSeconds);
		}
	}

	/**
	 * Tells whether failed messages of this queue move to a dead-letter queue.
	 *
	 * @return true when {@link #deadLetterQueueName()} is set
	 */
	public boolean hasDeadLetterQueue() {
		return deadLetterQueueName != null;
	}
}
