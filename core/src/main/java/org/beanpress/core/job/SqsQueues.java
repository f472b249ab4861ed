package org.beanpress.core.job;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import software.amazon.awssdk.services.sqs.SqsAsyncClient;

/** Queue URLs by job queue, looked up once per name (GetQueueUrl) and kept. Each tier declares it as a bean. */
public class SqsQueues {

	private final SqsAsyncClient sqs;

	private final JobsProperties properties;

	private final Map<String, String> urls = new ConcurrentHashMap<>();

	public SqsQueues(SqsAsyncClient sqs, JobsProperties properties) {
		this.sqs = sqs;
		this.properties = properties;
	}

	public String url(JobQueue queue) {
		return url(properties.queueName(queue));
	}

	public String deadLetterUrl(JobQueue queue) {
		return url(properties.deadLetterQueueName(queue));
	}

	private String url(String name) {
		return urls.computeIfAbsent(name, key -> sqs.getQueueUrl(request -> request.queueName(key)).join().queueUrl());
	}

}
