package org.beanpress.worker.system;

import java.util.Map;

import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.stereotype.Component;

/**
 * Actuator's health at its usual paths: {@code /actuator/health}, and below it the
 * {@code liveness} and {@code readiness} groups (the one the deploy hook and the local
 * stack wait for) or a single component. Down is 503, as with Spring Boot's web endpoint,
 * and only the status is shown.
 */
@Component
class HealthHttpEndpoint extends HttpEndpoint {

	private final HealthEndpoint health;

	private final HealthEndpointGroups groups;

	HealthHttpEndpoint(HealthEndpoint health, HealthEndpointGroups groups) {
		super("GET", "/actuator/health");
		this.health = health;
		this.groups = groups;
	}

	@Override
	public HttpReply handle(HttpCall call) {
		var segments = call.subPath().isEmpty() ? new String[0] : call.subPath().substring(1).split("/");
		var descriptor = (segments.length == 0) ? health.health() : health.healthForPath(segments);
		if (descriptor == null) {
			return HttpReply.problem(404, "No health group or component at " + path() + call.subPath());
		}
		var group = (segments.length == 1 && groups.get(segments[0]) != null) ? groups.get(segments[0])
				: groups.getPrimary();
		// the status only, as Spring Boot's web endpoint shows it
		// by default: the components' details (database product,
		// Redis version) are nobody's business on an open port
		var status = descriptor.getStatus();
		return HttpReply.json(group.getHttpCodeStatusMapper().getStatusCode(status),
				Map.of("status", status.getCode()));
	}

}
