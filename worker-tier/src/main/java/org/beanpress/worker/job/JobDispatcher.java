package org.beanpress.worker.job;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.beanpress.core.job.JobCodec;
import org.beanpress.core.job.JobQueue;
import org.beanpress.core.job.MalformedJobException;
import org.springframework.stereotype.Component;

/**
 * Chooses the handler by the envelope's type and version; what no handler can read goes
 * to the DLQ. Every job is timed as {@code beanpress.jobs}, tagged with its queue, its
 * type and how it ended: {@code done}, {@code dead_letter} or {@code retried} (an
 * exception left for SQS to redeliver).
 */
@Component
class JobDispatcher {

	/**
	 * The type tag of a message that names no known handler: never the message's own
	 * text, which anyone can send.
	 */
	private static final String UNKNOWN_TYPE = "unknown";

	private final Map<String, JobHandler> handlers;

	private final DeadLetters deadLetters;

	private final MeterRegistry metrics;

	JobDispatcher(List<JobHandler> handlers, DeadLetters deadLetters, MeterRegistry metrics) {
		this.handlers = handlers.stream()
			.collect(Collectors.toMap(h -> key(h.type(), h.version()), Function.identity()));
		this.deadLetters = deadLetters;
		this.metrics = metrics;
	}

	void dispatch(JobQueue queue, String body) {
		var started = Timer.start(metrics);
		var type = UNKNOWN_TYPE;
		var outcome = "retried";
		try {
			var handler = handler(queue, body);
			if (handler == null) {
				outcome = "dead_letter";
				return;
			}
			type = key(handler.type(), handler.version());
			try {
				handler.handle(body);
				outcome = "done";
			}
			catch (MalformedJobException ex) {
				deadLetters.send(queue, body, ex.getMessage());
				outcome = "dead_letter";
			}
		}
		finally {
			started.stop(Timer.builder("beanpress.jobs")
				.description("Jobs handled by the worker, by queue, type and outcome")
				.tags("queue", queue.logicalName(), "type", type, "outcome", outcome)
				.register(metrics));
		}
	}

	/**
	 * The handler the envelope asks for, or null once the message has gone to the DLQ
	 * saying why.
	 */
	private JobHandler handler(JobQueue queue, String body) {
		try {
			var envelope = JobCodec.envelope(body);
			var key = key(envelope.type(), envelope.version());
			var handler = handlers.get(key);
			if (handler == null) {
				deadLetters.send(queue, body, "No handler for job " + key);
			}
			return handler;
		}
		catch (MalformedJobException ex) {
			deadLetters.send(queue, body, ex.getMessage());
			return null;
		}
	}

	private static String key(String type, int version) {
		return type + " v" + version;
	}

}
