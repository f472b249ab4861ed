package org.beanpress.worker.job;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.beanpress.core.job.JobCodec;
import org.beanpress.core.job.JobQueue;
import org.beanpress.core.job.MalformedJobException;
import org.springframework.stereotype.Component;

/** Chooses the handler by the envelope's type and version; what no handler can read goes to the DLQ. */
@Component
class JobDispatcher {

	private final Map<String, JobHandler> handlers;

	private final DeadLetters deadLetters;

	JobDispatcher(List<JobHandler> handlers, DeadLetters deadLetters) {
		this.handlers = handlers.stream().collect(Collectors.toMap(h -> key(h.type(), h.version()), Function.identity()));
		this.deadLetters = deadLetters;
	}

	void dispatch(JobQueue queue, String body) {
		String key;
		try {
			var envelope = JobCodec.envelope(body);
			key = key(envelope.type(), envelope.version());
		}
		catch (MalformedJobException ex) {
			deadLetters.send(queue, body, ex.getMessage());
			return;
		}
		var handler = handlers.get(key);
		if (handler == null) {
			deadLetters.send(queue, body, "No handler for job " + key);
			return;
		}
		try {
			handler.handle(body);
		}
		catch (MalformedJobException ex) {
			deadLetters.send(queue, body, ex.getMessage());
		}
	}

	private static String key(String type, int version) {
		return type + " v" + version;
	}

}
