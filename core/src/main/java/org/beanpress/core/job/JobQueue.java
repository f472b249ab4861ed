package org.beanpress.core.job;

/**
 * The two job queues: a flood of image jobs must never starve cache warming, so each kind
 * has its own queue (and DLQ). Their settings (visibility, receive limit) are defined
 * once in {@code beanpress/queues.properties}, which the local stack and the
 * infrastructure templates share; at run time the worker asks SQS for them. The physical
 * name is the stage prefix plus {@link #logicalName()}.
 */
public enum JobQueue {

	IMAGES("images"), CACHE("cache");

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

	/** The queue whose logical name this is, as stored in outbox rows. */
	public static JobQueue ofLogicalName(String name) {
		for (var queue : values()) {
			if (queue.logicalName.equals(name)) {
				return queue;
			}
		}
		throw new IllegalArgumentException("No job queue named " + name);
	}

}
