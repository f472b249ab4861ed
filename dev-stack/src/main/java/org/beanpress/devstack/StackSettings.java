package org.beanpress.devstack;

import java.nio.file.Path;

import org.beanpress.local.LoopbackPorts;

/**
 * How the local stack runs. Each value comes from a system property
 * {@code beanpress.stack.*} (or the environment variable {@code BEANPRESS_STACK_*}), else
 * its default. Port 0 means any free port (the tests use that).
 *
 * @param dataDirectory the one folder holding the database files, Redis' data, shared
 * storage and logs
 * @param tiersDirectory where the built web-tier.jar and worker-tier.jar are
 * @param bindAddress where the web tier listens: 127.0.0.1 unless told otherwise (0.0.0.0
 * shows the blog to other devices); the services and the worker stay on 127.0.0.1
 * @param adminPassword the admin's password; {@code null} for one generated at the first
 * start and kept in the data folder ({@link AdminPassword})
 * @param visibilityTimeoutSeconds the job queues' visibility timeout, 0 for the queue
 * definition's (tests shorten it)
 */
record StackSettings(Path dataDirectory, Path tiersDirectory, String bindAddress, int webPort, int workerPort,
		int databasePort, int redisPort, int sqsPort, String adminPassword, int visibilityTimeoutSeconds) {

	static StackSettings fromEnvironment() {
		return new StackSettings(Path.of(value("data-dir", ".beanpress")),
				Path.of(value("tiers-directory", "dev-stack/target/tiers")),
				value("bind-address", LoopbackPorts.LOOPBACK), Integer.parseInt(value("web-port", "8080")),
				Integer.parseInt(value("worker-port", "8081")), Integer.parseInt(value("database-port", "3307")),
				Integer.parseInt(value("redis-port", "6380")), Integer.parseInt(value("sqs-port", "9324")),
				value("admin-password", null), Integer.parseInt(value("visibility-timeout", "0")));
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
