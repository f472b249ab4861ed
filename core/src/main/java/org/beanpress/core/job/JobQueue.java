package org.beanpress.core.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The two job queues: a flood of image jobs must never starve cache warming, so each kind has its own queue (and DLQ).
 * Their settings come from {@code beanpress/queues.properties}, the one definition the local stack and the
 * infrastructure templates share. The physical name is the stage prefix plus {@link #logicalName()}.
 */
public enum JobQueue {

	IMAGES("images"), CACHE("cache");

	private static final Properties DEFINITION = load();

	private final String logicalName;

	JobQueue(String logicalName) {
		this.logicalName = logicalName;
	}

	public String logicalName() {
		return logicalName;
	}

	public String deadLetterName() {
		return logicalName + "-dlq";
	}

	public int visibilityTimeoutSeconds() {
		return Integer.parseInt(DEFINITION.getProperty(logicalName + ".visibility-timeout-seconds"));
	}

	public int maxReceiveCount() {
		return Integer.parseInt(DEFINITION.getProperty(logicalName + ".max-receive-count"));
	}

	/** The queue whose logical name this is, as stored in outbox rows. */
	public static JobQueue ofLogicalName(String name) {
		for (var queue : values()) {
			if (queue.logicalName.equals(name)) {
				return queue;
			}
		}
		throw new IllegalArgumentException("No job queue named " + name);
	}

	private static Properties load() {
		var properties = new Properties();
		try (var in = JobQueue.class.getResourceAsStream("/beanpress/queues.properties")) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the queue definition", ex);
		}
		return properties;
	}

}
