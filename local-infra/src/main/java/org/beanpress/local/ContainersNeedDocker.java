package org.beanpress.local;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Under the {@code testcontainers} profile, skips {@link NeedsServices} tests (saying
 * why) when no Docker engine answers, instead of failing them.
 */
public class ContainersNeedDocker implements ExecutionCondition {

	private static final String REASON = "The testcontainers profile needs a Docker engine and none answers here:"
			+ " its integration tests are skipped (run without -Ptestcontainers to use the embedded services)";

	private static Boolean available;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (!ContainerServices.requested()) {
			return ConditionEvaluationResult.enabled("embedded services");
		}
		return dockerAvailable() ? ConditionEvaluationResult.enabled("Docker engine found")
				: ConditionEvaluationResult.disabled(REASON);
	}

	private static synchronized boolean dockerAvailable() {
		if (available == null) {
			available = ContainerServices.dockerAvailable();
			if (!available) {
				System.out.println(REASON);
			}
		}
		return available;
	}

}
