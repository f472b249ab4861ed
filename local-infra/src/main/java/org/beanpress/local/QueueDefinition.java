package org.beanpress.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * One SQS queue of the local stack and, optionally, the dead-letter queue its failed
 * messages move to.
 *
 * @param name the queue name
 * @param deadLetterQueueName the DLQ's name, or {@code null} for a queue without one
 * @param maxReceiveCount receives after which an undeleted message moves to the DLQ (at
 * least 1 when there is one)
 * @param visibilityTimeoutSeconds how long a received message stays hidden from other
 * consumers (0..43200)
 */
public record QueueDefinition(String name, String deadLetterQueueName, int maxReceiveCount,
		int visibilityTimeoutSeconds) {

	/**
	 * Validates the definition against SQS's own limits, so a mistake fails here rather
	 * than at CreateQueue.
	 */
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
	 * The job queues as {@code beanpress/queues.properties} (in the core library, on the
	 * classpath of whoever starts the stack) defines them, each with its {@code -dlq},
	 * names prefixed.
	 */
	public static List<QueueDefinition> jobQueues(String prefix) {
		var definition = new Properties();
		try (var in = QueueDefinition.class.getResourceAsStream("/beanpress/queues.properties")) {
			if (in == null) {
				throw new IllegalStateException(
						"No beanpress/queues.properties on the classpath (it is in the core library)");
			}
			definition.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Arrays.stream(definition.getProperty("queues").split(","))
			.map(String::strip)
			.map(name -> new QueueDefinition(prefix + name, prefix + name + "-dlq",
					Integer.parseInt(definition.getProperty(name + ".max-receive-count")),
					Integer.parseInt(definition.getProperty(name + ".visibility-timeout-seconds"))))
			.toList();
	}

	/**
	 * Tells whether failed messages of this queue move to a dead-letter queue.
	 * @return true when {@link #deadLetterQueueName()} is set
	 */
	public boolean hasDeadLetterQueue() {
		return deadLetterQueueName != null;
	}
}
