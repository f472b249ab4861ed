package org.beanpress.worker;

import static org.assertj.core.api.Assertions.assertThat;

import org.beanpress.local.EmbeddedServices;
import org.beanpress.local.NeedsServices;
import org.beanpress.local.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

@NeedsServices
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedServices.class)
class WorkerTierApplicationTests {

	@Value("${local.server.port}")
	int port;

	@Test
	void shouldStartOnTheSharedLibraryAndAnswerHealth() {
		var http = new TestHttp("http://localhost:" + port);

		assertThat(http.get("/actuator/health/liveness").json().get("status").asString()).isEqualTo("UP");
		assertThat(http.get("/actuator/health/readiness").status()).isEqualTo(200);
	}

}
