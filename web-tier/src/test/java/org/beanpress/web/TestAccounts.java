package org.beanpress.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.beanpress.local.TestHttp;

/** Accounts made through the API, each with a bearer token, so tests never share data. */
public final class TestAccounts {

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private TestAccounts() {
	}

	public record Account(long id, String username, String password, String token) {

		public String[] bearer() {
			return TestHttp.bearer(token);
		}

	}

	public static String uniqueName(String prefix) {
		return prefix + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime() % 1_000_000 + "-"
				+ COUNTER.incrementAndGet();
	}

	public static Account signUp(TestHttp http, String prefix) {
		var username = uniqueName(prefix);
		var password = "correct horse battery";
		var created = http.postJson("/api/accounts", Map.of("username", username, "password", password));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		var token = http.postJson("/api/tokens", "", TestHttp.basic(username, password));
		assertThat(token.status()).as(token.body()).isEqualTo(201);
		return new Account(created.json().get("id").asLong(), username, password, token.json().get("token").asString());
	}

}
