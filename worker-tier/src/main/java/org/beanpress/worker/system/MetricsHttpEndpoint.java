package org.beanpress.worker.system;

import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.micrometer.metrics.actuate.endpoint.MetricsEndpoint;
import org.springframework.stereotype.Component;

/**
 * Actuator's metrics at their usual paths: {@code /actuator/metrics} lists the names, and
 * {@code /actuator/metrics/beanpress.jobs?tag=queue:images} shows one, narrowed by tags.
 */
@Component
class MetricsHttpEndpoint extends HttpEndpoint {

	private final MetricsEndpoint metrics;

	MetricsHttpEndpoint(MetricsEndpoint metrics) {
		super("GET", "/actuator/metrics");
		this.metrics = metrics;
	}

	@Override
	public HttpReply handle(HttpCall call) {
		if (call.subPath().isEmpty()) {
			return HttpReply.ok(metrics.listNames());
		}
		var name = call.subPath().substring(1);
		try {
			var metric = metrics.metric(name, call.queryValues("tag"));
			return (metric != null) ? HttpReply.ok(metric)
					: HttpReply.problem(404, "No metric named " + name + " (or none with those tags)");
		}
		catch (InvalidEndpointRequestException ex) {
			return HttpReply.problem(400, ex.getReason());
		}
	}

}
