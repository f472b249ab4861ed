package org.beanpress.worker.job;

/**
 * Handles one job type at one contract version. Handlers are idempotent: the same job
 * twice leaves the same end state. A handler throws to have the job retried (the message
 * comes back after its visibility timeout and, after the queue's receive limit, lands in
 * the DLQ); it returns normally when the job is done or can never succeed.
 */
public interface JobHandler {

	String type();

	int version();

	void handle(String body);

}
