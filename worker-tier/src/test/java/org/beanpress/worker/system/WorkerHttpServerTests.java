package org.beanpress.worker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.beanpress.local.TestHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class WorkerHttpServerTests {

	WorkerHttpServer server;

	@AfterEach
	void stop() {
		if (server != null && server.isRunning()) {
			server.stop();
		}
	}

	@Test
	void shouldRouteEachRequestToTheEndpointWithTheLongestMatchingPath() {
		var http = start(endpoint("GET", "/files", call -> HttpReply.ok(Map.of("below", call.subPath()))),
				endpoint("GET", "/files/special", call -> HttpReply.ok(Map.of("special", call.subPath()))));

		assertThat(http.get("/files").json().get("below").asString()).isEmpty();
		assertThat(http.get("/files/a%20b").json().get("below").asString()).isEqualTo("/a b");
		assertThat(http.get("/files/special/x").json().get("special").asString()).isEqualTo("/x");
		var elsewhere = http.get("/filesystem");
		assertThat(elsewhere.status()).isEqualTo(404);
		assertThat(elsewhere.header("Content-Type")).isEqualTo("application/problem+json");
		assertThat(elsewhere.json().get("detail").asString()).isEqualTo("The worker has nothing at /filesystem");
	}

	@Test
	void shouldAnswerAnotherMethodWith405NamingTheOneThePathTakes() {
		var http = start(endpoint("POST", "/tasks", call -> HttpReply.ok(Map.of())));

		var response = http.get("/tasks/warm");

		assertThat(response.status()).isEqualTo(405);
		assertThat(response.header("Allow")).isEqualTo("POST");
		assertThat(response.json().get("detail").asString()).isEqualTo("/tasks/warm answers POST only");
	}

	@Test
	void shouldTurnAFailingEndpointIntoA500ProblemAndKeepServing() {
		var http = start(endpoint("GET", "/broken", call -> {
			throw new IllegalStateException("disk on fire");
		}), endpoint("GET", "/fine", call -> HttpReply.ok(Map.of("ok", true))));

		var broken = http.get("/broken");

		assertThat(broken.status()).isEqualTo(500);
		assertThat(broken.json().get("detail").asString()).contains("GET /broken failed: IllegalStateException")
			.doesNotContain("disk on fire");
		assertThat(http.get("/fine").json().get("ok").asBoolean()).isTrue();
	}

	@Test
	void shouldDecodeRepeatedQueryParameters() {
		var http = start(endpoint("GET", "/q", call -> HttpReply.ok(Map.of("tags", call.queryValues("tag")))));

		var tags = http.get("/q?tag=queue%3Aimages&other=1&tag=outcome:done&tag").json().get("tags");

		assertThat(tags).hasToString("[\"queue:images\",\"outcome:done\",\"\"]");
	}

	@Test
	void shouldLetARequestInFlightFinishWhenStoppingWhileRefusingNewOnes() throws Exception {
		var entered = new CountDownLatch(1);
		var release = new CountDownLatch(1);
		var http = start(endpoint("POST", "/tasks", call -> {
			entered.countDown();
			awaitQuietly(release);
			return HttpReply.ok(Map.of("task", "done"));
		}), endpoint("GET", "/actuator/health", call -> HttpReply.ok(Map.of("status", "UP"))));
		var inFlight = CompletableFuture.supplyAsync(() -> http.postJson("/tasks/long", ""));
		assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

		var stopped = CompletableFuture.runAsync(server::stop);

		await().untilAsserted(() -> assertThat(http.get("/actuator/health").status()).isEqualTo(503));
		assertThat(stopped).isNotDone();
		release.countDown();
		assertThat(inFlight.get(10, TimeUnit.SECONDS).json().get("task").asString()).isEqualTo("done");
		stopped.get(10, TimeUnit.SECONDS);
		assertThatThrownBy(() -> http.get("/actuator/health")).isInstanceOf(UncheckedIOException.class);
	}

	private TestHttp start(HttpEndpoint... endpoints) {
		server = new WorkerHttpServer(new WorkerHttpProperties(0, null, 2, Duration.ofSeconds(10)), List.of(endpoints),
				JsonMapper.builder().build());
		server.start();
		return new TestHttp("http://127.0.0.1:" + server.port());
	}

	private static HttpEndpoint endpoint(String method, String path, Function<HttpCall, HttpReply> answer) {
		return new HttpEndpoint(method, path) {

			@Override
			public HttpReply handle(HttpCall call) {
				return answer.apply(call);
			}

		};
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
