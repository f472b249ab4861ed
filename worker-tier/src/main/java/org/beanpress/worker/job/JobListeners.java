package org.beanpress.worker.job;

import io.awspring.cloud.sqs.annotation.SqsListener;
import io.awspring.cloud.sqs.listener.Visibility;
import org.beanpress.core.job.JobQueue;
import org.beanpress.core.job.SqsQueues;
import org.springframework.stereotype.Component;

/**
 * One listener per queue, each with its own bounded concurrency
 * ({@link JobListenerProperties}): a flood of image jobs never takes the threads cache
 * warming needs. The queue names are the stage's, from {@link SqsQueues}. Bodies arrive
 * as plain JSON strings: no Java type header is needed or trusted.
 */
@Component
class JobListeners {

	private final JobDispatcher dispatcher;

	private final VisibilityHeartbeat heartbeat;

	private final SqsQueues queues;

	JobListeners(JobDispatcher dispatcher, VisibilityHeartbeat heartbeat, SqsQueues queues) {
		this.dispatcher = dispatcher;
		this.heartbeat = heartbeat;
		this.queues = queues;
	}

	@SqsListener(value = "#{@sqsQueues.name('IMAGES')}", factory = WorkerJobsConfiguration.IMAGE_LISTENERS)
	void images(String body, Visibility visibility) {
		heartbeat.whileRunning(visibility, visibilityTimeoutSeconds(JobQueue.IMAGES),
				() -> dispatcher.dispatch(JobQueue.IMAGES, body));
	}

	@SqsListener(value = "#{@sqsQueues.name('CACHE')}", factory = WorkerJobsConfiguration.CACHE_LISTENERS)
	void cache(String body) {
		dispatcher.dispatch(JobQueue.CACHE, body);
	}

	/**
	 * The queue's own setting as SQS reports it (the infrastructure may differ from the
	 * definition's default).
	 */
	private int visibilityTimeoutSeconds(JobQueue queue) {
		return queues.visibilityTimeoutSeconds(queue);
	}

}
