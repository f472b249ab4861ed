package org.beanpress.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class TierProcessTests {

	@Test
	void shouldNameEnvironmentVariablesTheWaySpringBindsThem() {
		var environment = TierProcess.environmentOf(Map.of("spring.datasource.url", "jdbc:mysql://x",
				"spring.cloud.aws.credentials.access-key", "local", "beanpress.security.admin-password", "secret"));

		assertThat(environment).containsOnly(Map.entry("SPRING_DATASOURCE_URL", "jdbc:mysql://x"),
				Map.entry("SPRING_CLOUD_AWS_CREDENTIALS_ACCESSKEY", "local"),
				Map.entry("BEANPRESS_SECURITY_ADMINPASSWORD", "secret"));
	}

}
