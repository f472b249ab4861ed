package org.beanpress.core.job;

/**
 * The two job queues: a flood of image jobs must never starve cache warming, so each kind has its own queue (and DLQ).
 * The physical name is the stage prefix plus {@link #logicalName()}.
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

}
