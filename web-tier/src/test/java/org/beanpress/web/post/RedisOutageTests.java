package org.beanpress.web.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import org.beanpress.core.user.Role;
import org.beanpress.local.NeedsServices;
import org.beanpress.local.TestHttp;
import org.beanpress.web.TestAccounts;
import org.beanpress.web.WebTierInstances;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A web tier whose Redis is unreachable still serves readers from the database, and says
 * it is not ready.
 */
@NeedsServices
class RedisOutageTests {

	static ConfigurableApplicationContext healthy;

	static ConfigurableApplicationContext withoutRedis;

	@BeforeAll
	static void start() throws IOException {
		int deadPort;
		try (var socket = new ServerSocket(0)) {
			deadPort = socket.getLocalPort();
		}
		healthy = WebTierInstances.start(Map.of());
		withoutRedis = WebTierInstances.start(Map.of("spring.data.redis.port", Integer.toString(deadPort)));
	}

	@AfterAll
	static void stop() {
		withoutRedis.close();
		healthy.close();
	}

	@Test
	void shouldServePostPagesAndTheFrontPageFromTheDatabase() {
		var writer = new TestHttp(WebTierInstances.baseUrl(healthy));
		var author = TestAccounts.signUp(writer, "outage", Role.AUTHOR);
		var slug = writer
			.postJson("/api/posts",
					Map.of("title", "Still here " + author.username(), "markdown", "body", "status", "PUBLISHED"),
					author.bearer())
			.json()
			.get("slug")
			.asString();
		var reader = new TestHttp(WebTierInstances.baseUrl(withoutRedis));

		var page = reader.get("/posts/" + slug);
		var front = reader.get("/");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Still here " + author.username());
		assertThat(front.status()).isEqualTo(200);
		assertThat(front.body()).contains("Still here " + author.username());
	}

	@Test
	void shouldReportNotReadyWhileRedisIsDown() {
		var readiness = new TestHttp(WebTierInstances.baseUrl(withoutRedis)).get("/actuator/health/readiness");

		assertThat(readiness.status()).isEqualTo(503);
	}

}
