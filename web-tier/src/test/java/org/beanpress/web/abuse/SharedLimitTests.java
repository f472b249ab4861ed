package org.beanpress.web.abuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beanpress.web.abuse.Clients.PASSWORD;
import static org.beanpress.web.abuse.Clients.newAddress;
import static org.beanpress.web.abuse.Clients.signUp;
import static org.beanpress.web.abuse.Clients.token;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.beanpress.local.NeedsServices;
import org.beanpress.local.TestHttp;
import org.beanpress.web.TestAccounts;
import org.beanpress.web.WebTierInstances;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two web-tier instances on one Redis, as behind the load balancer: the limits count
 * attempts on both; and one without Redis, which lets attempts through rather than
 * failing or hanging.
 */
@NeedsServices
class SharedLimitTests {

	static final Map<String, String> LIMITS = Map.of("beanpress.abuse.failed-logins-per-account", "4",
			"beanpress.abuse.sign-ups-per-address", "3");

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	static ConfigurableApplicationContext withoutRedis;

	@BeforeAll
	static void start() throws IOException {
		int deadPort;
		try (var socket = new ServerSocket(0)) {
			deadPort = socket.getLocalPort();
		}
		first = WebTierInstances.start(LIMITS);
		second = WebTierInstances.start(LIMITS);
		var outage = new HashMap<>(LIMITS);
		outage.put("spring.data.redis.port", Integer.toString(deadPort));
		withoutRedis = WebTierInstances.start(outage);
	}

	@AfterAll
	static void stop() {
		withoutRedis.close();
		second.close();
		first.close();
	}

	@Test
	void shouldCountFailedLogInsOnEveryInstanceAgainstOneLimit() {
		var one = new TestHttp(WebTierInstances.baseUrl(first));
		var other = one.at(WebTierInstances.baseUrl(second));
		var name = TestAccounts.uniqueName("shared");
		signUp(one, newAddress(), name);
		for (int i = 0; i < 4; i++) {
			var instance = (i % 2 == 0) ? one : other;
			assertThat(token(instance, newAddress(), name, "wrong password").status()).isEqualTo(401);
		}

		assertThat(token(one, newAddress(), name, PASSWORD).status()).isEqualTo(429);
		assertThat(token(other, newAddress(), name, PASSWORD).status()).isEqualTo(429);
	}

	@Test
	void shouldCountSignUpsOnEveryInstanceAgainstOneLimit() {
		var one = new TestHttp(WebTierInstances.baseUrl(first));
		var other = one.at(WebTierInstances.baseUrl(second));
		var address = newAddress();
		assertThat(signUp(one, address, TestAccounts.uniqueName("a")).status()).isEqualTo(201);
		assertThat(signUp(other, address, TestAccounts.uniqueName("b")).status()).isEqualTo(201);
		assertThat(signUp(one, address, TestAccounts.uniqueName("c")).status()).isEqualTo(201);

		assertThat(signUp(other, address, TestAccounts.uniqueName("d")).status()).isEqualTo(429);
		assertThat(signUp(one, address, TestAccounts.uniqueName("e")).status()).isEqualTo(429);
	}

	@Test
	void shouldLetAttemptsThroughQuicklyWhenRedisIsDown() {
		var healthy = new TestHttp(WebTierInstances.baseUrl(first));
		var name = TestAccounts.uniqueName("redisless");
		signUp(healthy, newAddress(), name);
		var client = new TestHttp(WebTierInstances.baseUrl(withoutRedis));
		var address = newAddress();
		long started = System.nanoTime();

		for (int i = 0; i < 6; i++) {
			assertThat(token(client, address, name, "wrong password").status()).isEqualTo(401);
		}

		assertThat(token(client, address, name, PASSWORD).status()).isEqualTo(201);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
	}

}
