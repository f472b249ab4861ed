package org.beanpress.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.beanpress.local.TestHttp;
import org.beanpress.web.WebTierTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

@WebTierTest
class HealthTests {

	@Value("${local.server.port}")
	int port;

	@Test
	void shouldAnswerLivenessAndReadinessIncludingDatabaseAndRedis() {
		var http = new TestHttp("http://localhost:" + port);

		assertThat(http.get("/actuator/health/liveness").json().get("status").asString()).isEqualTo("UP");
		var readiness = http.get("/actuator/health/readiness");
		assertThat(readiness.status()).isEqualTo(200);
		assertThat(readiness.json().get("status").asString()).isEqualTo("UP");
	}

	@Test
	void shouldKeepOtherActuatorEndpointsForAdmins() {
		assertThat(new TestHttp("http://localhost:" + port).get("/actuator/metrics").status()).isIn(302, 401);
	}

}
