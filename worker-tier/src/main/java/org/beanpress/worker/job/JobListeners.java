package org.beanpress.worker.job;

import io.awspring.cloud.sqs.annotation.SqsListener;
import org.beanpress.core.job.JobQueue;
import org.springframework.stereotype.Component;

/**
 * One listener per queue, each with its own bounded concurrency: image jobs are CPU-bound (default: one per core),
 * so a flood of them never takes the threads cache warming needs. Bodies arrive as plain JSON strings: no Java type
 * header is needed or trusted.
 */
@Component
class JobListeners {

	private final JobDispatcher dispatcher;

	JobListeners(JobDispatcher dispatcher) {
		this.dispatcher = dispatcher;
	}

	@SqsListener(value = "${beanpress.jobs.queue-prefix:}images",
			maxConcurrentMessages = "${beanpress.worker.image-concurrency:#{T(java.lang.Runtime).getRuntime().availableProcessors()}}",
			maxMessagesPerPoll = "${beanpress.worker.image-concurrency:#{T(java.lang.Runtime).getRuntime().availableProcessors()}}")
	void images(String body) {
		dispatcher.dispatch(JobQueue.IMAGES, body);
	}

}
