package org.beanpress.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedRedisTests {

	private static RedisClient client;

	@TempDir
	Path workDirectory;

	@BeforeAll
	static void createClient() {
		client = RedisClient.create();
	}

	@AfterAll
	static void shutdownClient() {
		client.shutdown();
	}

	@Test
	void shouldSetAndGetOverResp() {
		try (EmbeddedRedis redis = EmbeddedRedis.start(null, 0)) {
			set(redis, "post:1:title", "Hello, Beanpress");

			assertThat(get(redis, "post:1:title")).isEqualTo("Hello, Beanpress");
		}
	}

	@Test
	void shouldStopTheProcessOnClose() {
		EmbeddedRedis redis = EmbeddedRedis.start(null, 0);
		assertThat(redisServerChildren()).isEqualTo(1);

		redis.close();
		redis.close();

		assertThat(redisServerChildren()).isZero();
		assertThatThrownBy(() -> probe(redis.port())).isInstanceOf(IOException.class);
	}

	@Test
	void shouldKeepDataAcrossRestartWhenGivenADataDirectory() {
		Path dataDirectory = workDirectory.resolve("redis data");
		try (EmbeddedRedis redis = EmbeddedRedis.start(dataDirectory, 0)) {
			set(redis, "session:abc", "user-42");
		}

		try (EmbeddedRedis redis = EmbeddedRedis.start(dataDirectory, 0)) {
			assertThat(get(redis, "session:abc")).isEqualTo("user-42");
		}
		assertThat(dataDirectory.resolve("appendonly.aof")).isNotEmptyFile();
	}

	@Test
	void shouldForgetDataAcrossRestartWithoutADataDirectory() {
		int port;
		try (EmbeddedRedis redis = EmbeddedRedis.start(null, 0)) {
			port = redis.port();
			set(redis, "cache:home", "<html>");
		}

		try (EmbeddedRedis redis = EmbeddedRedis.start(null, port)) {
			assertThat(redis.port()).isEqualTo(port);
			assertThat(get(redis, "cache:home")).isNull();
		}
	}

	private static void set(EmbeddedRedis redis, String key, String value) {
		try (StatefulRedisConnection<String, String> connection = client.connect(uri(redis))) {
			assertThat(connection.sync().set(key, value)).isEqualTo("OK");
		}
	}

	private static String get(EmbeddedRedis redis, String key) {
		try (StatefulRedisConnection<String, String> connection = client.connect(uri(redis))) {
			return connection.sync().get(key);
		}
	}

	private static RedisURI uri(EmbeddedRedis redis) {
		return RedisURI.builder()
			.withHost("127.0.0.1")
			.withPort(redis.port())
			.withTimeout(Duration.ofSeconds(5))
			.build();
	}

	/** Live redis-server processes started by this JVM. */
	private static long redisServerChildren() {
		return ProcessHandle.current()
			.children()
			.filter(ProcessHandle::isAlive)
			.filter(child -> child.info().command().orElse("").contains("redis-server"))
			.count();
	}

	private static void probe(int port) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
		}
	}

}
