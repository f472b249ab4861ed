package org.beanpress.worker;

import static org.assertj.core.api.Assertions.assertThat;

import org.beanpress.local.EmbeddedServices;
import org.beanpress.local.NeedsServices;
import org.beanpress.local.TestHttp;
import org.beanpress.worker.system.WorkerHttpServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

@NeedsServices
@SpringBootTest
@ContextConfiguration(initializers = EmbeddedServices.class)
class WorkerTierApplicationTests {

	@Autowired
	WorkerHttpServer server;

	@Test
	void shouldStartOnTheSharedLibraryAndAnswerHealth() {
		var http = new TestHttp("http://localhost:" + server.port());

		assertThat(http.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
		assertThat(http.get("/actuator/health/liveness").json().get("status").asString()).isEqualTo("UP");
		var readiness = http.get("/actuator/health/readiness");
		assertThat(readiness.status()).isEqualTo(200);
		assertThat(readiness.body()).isEqualTo("{\"status\":\"UP\"}");
		assertThat(http.get("/actuator/health/db").json().get("status").asString()).isEqualTo("UP");
		assertThat(http.get("/actuator/health/nothing").status()).isEqualTo(404);
	}

	@Test
	void shouldAnswerMetricsAndOnlyWhatItExposes() {
		var http = new TestHttp("http://localhost:" + server.port());

		assertThat(http.get("/actuator/metrics").json().get("names").toString()).contains("\"jvm.memory.used\"");
		var heap = http.get("/actuator/metrics/jvm.memory.used?tag=area:heap").json();
		assertThat(heap.get("availableTags").toString()).doesNotContain("\"area\"");
		assertThat(heap.get("measurements").get(0).get("value").asDouble()).isPositive();
		var malformedTag = http.get("/actuator/metrics/jvm.memory.used?tag=area");
		assertThat(malformedTag.status()).isEqualTo(400);
		assertThat(malformedTag.json().get("detail").asString()).contains("key:value");
		assertThat(http.get("/actuator/metrics/no.such.metric").status()).isEqualTo(404);
		assertThat(http.get("/actuator/env").status()).isEqualTo(404);
	}

}
