package org.beanpress.core.job;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The job queues' names in this stage, and their URLs, looked up once per name
 * (GetQueueUrl) and kept.
 */
@Component
public class SqsQueues {

	private final SqsAsyncClient sqs;

	private final JobsProperties properties;

	private final Map<String, String> urls = new ConcurrentHashMap<>();

	private final Map<JobQueue, Integer> visibilityTimeouts = new ConcurrentHashMap<>();

	public SqsQueues(SqsAsyncClient sqs, JobsProperties properties) {
		this.sqs = sqs;
		this.properties = properties;
	}

	/** The queue's name in this stage, e.g. for a listener to subscribe to. */
	public String name(JobQueue queue) {
		return properties.queueName(queue);
	}

	public String url(JobQueue queue) {
		return url(properties.queueName(queue));
	}

	public String deadLetterUrl(JobQueue queue) {
		return url(properties.deadLetterQueueName(queue));
	}

	/** The queue's visibility timeout as SQS has it, looked up once. */
	public int visibilityTimeoutSeconds(JobQueue queue) {
		return visibilityTimeouts.computeIfAbsent(queue,
				key -> Integer.parseInt(sqs
					.getQueueAttributes(
							request -> request.queueUrl(url(key)).attributeNames(QueueAttributeName.VISIBILITY_TIMEOUT))
					.join()
					.attributes()
					.get(QueueAttributeName.VISIBILITY_TIMEOUT)));
	}

	private String url(String name) {
		return urls.computeIfAbsent(name, key -> sqs.getQueueUrl(request -> request.queueName(key)).join().queueUrl());
	}

}
