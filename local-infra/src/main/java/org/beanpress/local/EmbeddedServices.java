package org.beanpress.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The real services a tier talks to, started once per test JVM: MariaDB over the MySQL
 * protocol, Redis over RESP, shared storage in a temporary folder. As an initializer it
 * points a test's application context at them.
 */
public final class EmbeddedServices implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static EmbeddedMariaDb database;

	private static EmbeddedRedis redis;

	private static EmbeddedSqs sqs;

	private static Path root;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		var properties = new LinkedHashMap<String, Object>(properties());
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embedded-services", properties));
	}

	/**
	 * The properties that point a tier at the embedded services (or, under the
	 * {@code testcontainers} profile, at the same services in Docker).
	 */
	public static Map<String, String> properties() {
		start();
		var properties = new LinkedHashMap<String, String>();
		properties.put("beanpress.storage.root", storageRoot().toString());
		properties.put("beanpress.security.admin-password", "test-admin-password");
		// the worker's own HTTP server (not a servlet container
		// a test could mock) listens on any free port
		properties.put("beanpress.worker.http.port", "0");
		if (ContainerServices.requested()) {
			properties.putAll(ContainerServices.properties());
			return properties;
		}
		properties.putAll(connections(database, redis, sqs));
		// failed jobs come back within a second in
		// tests (10 s and doubling in production)
		properties.put("beanpress.worker.retry.first-retry-seconds", "1");
		// a stopping worker waits for its SQS receives in flight: with the 10 s default
		// every close of a worker context, and every pause of a cached one when a test
		// class needs another, took about 10 s
		properties.put("beanpress.worker.poll-timeout", "1s");
		return properties;
	}

	/**
	 * The standard Spring properties that connect a tier to these running services
	 * (nothing else is needed).
	 */
	public static Map<String, String> connections(EmbeddedMariaDb database, EmbeddedRedis redis, EmbeddedSqs sqs) {
		var properties = new LinkedHashMap<String, String>();
		properties.put("spring.datasource.url", database.jdbcUrl());
		properties.put("spring.datasource.username", database.username());
		properties.put("spring.datasource.password", database.password());
		properties.put("spring.data.redis.host", "127.0.0.1");
		properties.put("spring.data.redis.port", Integer.toString(redis.port()));
		properties.put("spring.cloud.aws.endpoint", sqs.endpoint().toString());
		properties.put("spring.cloud.aws.region.static", "us-east-1");
		// ElasticMQ checks no credentials; the SDK just needs some
		properties.put("spring.cloud.aws.credentials.access-key", "local");
		properties.put("spring.cloud.aws.credentials.secret-key", "local");
		return properties;
	}

	/** The embedded SQS, which a test may stop and restart to play an outage. */
	public static EmbeddedSqs sqs() {
		start();
		return sqs;
	}

	/**
	 * A new, empty database on the test server, for a test that needs a schema of its own
	 * (a migration, say); one of the same name left by an earlier run is dropped first.
	 * @return the {@code spring.datasource.*} properties of {@link #properties()}, the
	 * URL naming that database
	 */
	public static Map<String, String> emptyDatabase(String name) {
		var properties = properties();
		var url = properties.get("spring.datasource.url");
		var username = properties.get("spring.datasource.username");
		var password = properties.get("spring.datasource.password");
		try (var connection = DriverManager.getConnection(url, username, password);
				var statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS `" + name + "`");
			statement.execute("CREATE DATABASE `" + name + "`");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the database " + name, ex);
		}
		// jdbc:mysql://host:port/DATABASE?options: only the path's database changes
		int path = url.indexOf('/', "jdbc:mysql://".length());
		int options = url.indexOf('?', path);
		var databaseUrl = url.substring(0, path + 1) + name + ((options < 0) ? "" : url.substring(options));
		return Map.of("spring.datasource.url", databaseUrl, "spring.datasource.username", username,
				"spring.datasource.password", password);
	}

	public static Path storageRoot() {
		return root.resolve("storage");
	}

	private static synchronized void start() {
		if (root != null) {
			return;
		}
		try {
			root = Files.createTempDirectory("beanpress-test");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (!ContainerServices.requested()) {
			database = EmbeddedMariaDb.start(root.resolve("mysql"), 0, "beanpress");
			redis = EmbeddedRedis.start(null, 0);
			sqs = EmbeddedSqs.start(0, QueueDefinition.jobQueues(""));
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			if (database != null) {
				sqs.close();
				redis.close();
				database.close();
			}
			deleteRecursively(root);
		}, "embedded-services-shutdown"));
	}

	private static void deleteRecursively(Path folder) {
		try (var paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			// a leftover temporary folder is harmless
		}
	}

}
