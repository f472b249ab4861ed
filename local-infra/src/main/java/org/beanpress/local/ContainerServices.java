package org.beanpress.local;

import java.util.LinkedHashMap;
import java.util.Map;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.mysql.MySQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The real thing in Docker, for the optional {@code testcontainers} profile: MySQL 8
 * (what Aurora MySQL 3 speaks), Redis, and LocalStack's SQS. Tags are pinned;
 * LocalStack's {@code latest} needs an auth token since March 2026.
 */
final class ContainerServices {

	static final String ENABLED_PROPERTY = "beanpress.test.containers";

	private static MySQLContainer mysql;

	private static GenericContainer<?> redis;

	private static LocalStackContainer localstack;

	private ContainerServices() {
	}

	static boolean requested() {
		return Boolean.getBoolean(ENABLED_PROPERTY);
	}

	static boolean dockerAvailable() {
		return DockerClientFactory.instance().isDockerAvailable();
	}

	static synchronized Map<String, String> properties() {
		if (mysql == null) {
			mysql = new MySQLContainer(DockerImageName.parse("mysql:8.4")).withDatabaseName("beanpress")
				.withCommand("--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci");
			redis = new GenericContainer<>(DockerImageName.parse("redis:7.4-alpine")).withExposedPorts(6379);
			localstack = new LocalStackContainer(DockerImageName.parse("localstack/localstack:4.12.0"))
				.withServices("sqs");
			mysql.start();
			redis.start();
			localstack.start();
		}
		var properties = new LinkedHashMap<String, String>();
		properties.put("spring.datasource.url", mysql.getJdbcUrl());
		properties.put("spring.datasource.username", mysql.getUsername());
		properties.put("spring.datasource.password", mysql.getPassword());
		properties.put("spring.data.redis.host", redis.getHost());
		properties.put("spring.data.redis.port", Integer.toString(redis.getMappedPort(6379)));
		properties.put("spring.cloud.aws.endpoint", localstack.getEndpoint().toString());
		properties.put("spring.cloud.aws.region.static", localstack.getRegion());
		properties.put("spring.cloud.aws.credentials.access-key", localstack.getAccessKey());
		properties.put("spring.cloud.aws.credentials.secret-key", localstack.getSecretKey());
		return properties;
	}

}
