package org.beanpress.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.beanpress.local.EmbeddedMariaDb;
import org.beanpress.local.EmbeddedRedis;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real services a web tier talks to, started once per test JVM: MariaDB over the MySQL protocol, Redis over RESP,
 * shared storage in a temporary folder. Every test context is pointed at them.
 */
public final class EmbeddedServices implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static EmbeddedMariaDb database;

	private static EmbeddedRedis redis;

	private static Path root;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertyValues.of(properties()).applyTo(context);
	}

	/** The properties that point a tier at the embedded services. */
	public static Map<String, String> properties() {
		start();
		var properties = new LinkedHashMap<String, String>();
		properties.put("spring.datasource.url", database.jdbcUrl());
		properties.put("spring.datasource.username", database.username());
		properties.put("spring.datasource.password", database.password());
		properties.put("spring.data.redis.host", "127.0.0.1");
		properties.put("spring.data.redis.port", Integer.toString(redis.port()));
		properties.put("beanpress.storage.root", storageRoot().toString());
		properties.put("beanpress.security.admin-password", "test-admin-password");
		return properties;
	}

	/** Another web-tier instance on a random port, as a second server behind the load balancer would be. */
	public static ConfigurableApplicationContext startWebTier(Map<String, String> overrides) {
		var properties = new LinkedHashMap<>(properties());
		properties.put("server.port", "0");
		properties.putAll(overrides);
		// as command-line arguments, so they win over application.properties as environment variables do in AWS
		return new SpringApplicationBuilder(WebTierApplication.class)
			.run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
	}

	public static String baseUrl(ConfigurableApplicationContext context) {
		return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
	}

	public static synchronized void start() {
		if (database != null) {
			return;
		}
		try {
			root = Files.createTempDirectory("beanpress-test");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		database = EmbeddedMariaDb.start(root.resolve("mysql"), 0, "beanpress");
		redis = EmbeddedRedis.start(null, 0);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			redis.close();
			database.close();
		}));
	}

	public static Path storageRoot() {
		return root.resolve("storage");
	}

	public static EmbeddedMariaDb database() {
		return database;
	}

	public static EmbeddedRedis redis() {
		return redis;
	}

}
