package org.beanpress.web.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;

import org.beanpress.core.job.JobQueue;
import org.beanpress.core.job.SqsQueues;
import org.beanpress.core.user.Role;
import org.beanpress.local.TestHttp;
import org.beanpress.web.TestAccounts;
import org.beanpress.web.WebTierTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

@WebTierTest
class AdminTests {

	@Value("${local.server.port}")
	int port;

	@Autowired
	SqsAsyncClient sqs;

	@Autowired
	SqsQueues queues;

	@Autowired
	JdbcClient jdbc;

	TestHttp http;

	String[] admin;

	@BeforeEach
	void admin() {
		http = new TestHttp("http://localhost:" + port);
		var token = http.postJson("/api/tokens", "", TestHttp.basic("admin", "test-admin-password")).json();
		admin = TestHttp.bearer(token.get("token").asString());
	}

	@Test
	void shouldShowEachQueueWithItsDeadLetters() {
		var body = "dead letter " + System.nanoTime();
		sqs.sendMessage(request -> request.queueUrl(queues.deadLetterUrl(JobQueue.CACHE)).messageBody(body)).join();

		var states = http.get("/api/admin/queues", admin).json();

		assertThat(states.valueStream().map(state -> state.get("queue").asString())).containsExactly("images", "cache");
		var cache = states.get(1);
		assertThat(cache.get("deadLetters").asLong()).isPositive();
		assertThat(cache.get("oldestDeadLetterAgeSeconds").isNumber()).isTrue();
		assertThat(cache.has("visible") && cache.has("inFlight")).isTrue();
	}

	@Test
	void shouldMoveDeadLettersBackToTheirQueue() {
		var body = "redrive me " + System.nanoTime();
		sqs.sendMessage(request -> request.queueUrl(queues.deadLetterUrl(JobQueue.CACHE)).messageBody(body)).join();

		var response = http.postJson("/api/admin/queues/cache/redrive", "", admin);

		assertThat(response.status()).isEqualTo(202);
		var received = new ArrayList<String>();
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			sqs.receiveMessage(
					request -> request.queueUrl(queues.url(JobQueue.CACHE)).maxNumberOfMessages(10).waitTimeSeconds(1))
				.join()
				.messages()
				.forEach(message -> received.add(message.body()));
			return received.contains(body);
		});
	}

	@Test
	void shouldStartRegeneratingAllVariantsThroughTheQueue() {
		var before = regenerateJobs();

		var response = http.postJson("/api/admin/media/regenerate", "", admin);

		assertThat(response.status()).isEqualTo(202);
		assertThat(regenerateJobs()).isEqualTo(before + 1);
	}

	@Test
	void shouldKeepOperationsForAdmins() {
		var author = TestAccounts.signUp(http, "notadmin", Role.AUTHOR);

		assertThat(http.get("/api/admin/queues").status()).isEqualTo(401);
		assertThat(http.get("/api/admin/queues", author.bearer()).status()).isEqualTo(403);
		assertThat(http.postJson("/api/admin/media/regenerate", "", author.bearer()).status()).isEqualTo(403);
		var browser = new TestHttp("http://localhost:" + port);
		browser.logIn(author.username(), author.password());
		assertThat(browser.get("/admin").status()).isEqualTo(403);
	}

	@Test
	void shouldShowTheOperationsPageToAnAdmin() {
		var browser = new TestHttp("http://localhost:" + port);
		browser.logIn("admin", "test-admin-password");

		var page = browser.get("/admin");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("images", "cache", "Regenerate all variants");
	}

	@Test
	void shouldAnswer404ForAnUnknownQueue() {
		var response = http.postJson("/api/admin/queues/nope/redrive", "", admin);

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json().get("detail").asString()).contains("no job queue 'nope'");
	}

	private long regenerateJobs() {
		return jdbc.sql("SELECT COUNT(*) FROM outbox WHERE body LIKE '%media.regenerate%'").query(Long.class).single();
	}

}
