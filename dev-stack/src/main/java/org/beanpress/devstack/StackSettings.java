package org.beanpress.devstack;

import java.nio.file.Path;

/**
 * How the local stack runs. Each value comes from a system property
 * {@code beanpress.stack.*} (or the environment variable {@code BEANPRESS_STACK_*}), else
 * its default. Port 0 means any free port (the tests use that).
 *
 * @param dataDirectory the one folder holding the database files, Redis' data, shared
 * storage and logs
 * @param tiersDirectory where the built web-tier.jar and worker-tier.jar are
 * @param visibilityTimeoutSeconds the job queues' visibility timeout, 0 for the queue
 * definition's (tests shorten it)
 */
record StackSettings(Path dataDirectory, Path tiersDirectory, int webPort, int workerPort, int databasePort,
		int redisPort, int sqsPort, String adminPassword, int visibilityTimeoutSeconds) {

	static StackSettings fromEnvironment() {
		return new StackSettings(Path.of(value("data-dir", ".beanpress")),
				Path.of(value("tiers-directory", "dev-stack/target/tiers")),
				Integer.parseInt(value("web-port", "8080")), Integer.parseInt(value("worker-port", "8081")),
				Integer.parseInt(value("database-port", "3307")), Integer.parseInt(value("redis-port", "6380")),
				Integer.parseInt(value("sqs-port", "9324")), value("admin-password", "beanpress-admin"),
				Integer.parseInt(value("visibility-timeout", "0")));
	}

	private static String value(String name, String fallback) {
		var property = System.getProperty("beanpress.stack." + name);
		if (property != null && !property.isBlank()) {
			return property;
		}
		var variable = System.getenv("BEANPRESS_STACK_" + name.toUpperCase().replace('-', '_'));
		return variable != null && !variable.isBlank() ? variable : fallback;
	}

}
