package org.beanpress.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.beanpress.core.user.Role;
import org.beanpress.local.TestHttp;

/** Accounts made through the API, each with a bearer token, so tests never share data. */
public final class TestAccounts {

	private static final AtomicInteger COUNTER = new AtomicInteger();

	/** The admin EmbeddedServices configures for every web-tier test. */
	public static final String ADMIN = "admin";

	public static final String ADMIN_PASSWORD = "test-admin-password";

	private static String adminToken;

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

	/** A new account as sign-up makes it: a contributor. */
	public static Account signUp(TestHttp http, String prefix) {
		return signUp(http, prefix, Role.CONTRIBUTOR);
	}

	/**
	 * A new account with a role: signed up, then given the role by the test admin through
	 * the API (before its token is made, since a role change revokes the account's
	 * tokens).
	 */
	public static Account signUp(TestHttp http, String prefix, Role role) {
		var username = uniqueName(prefix);
		var password = "correct horse battery";
		var created = http.postJson("/api/accounts", Map.of("username", username, "password", password));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		var id = created.json().get("id").asLong();
		if (role != Role.CONTRIBUTOR) {
			promote(http, id, role);
		}
		var token = http.postJson("/api/tokens", "", TestHttp.basic(username, password));
		assertThat(token.status()).as(token.body()).isEqualTo(201);
		return new Account(id, username, password, token.json().get("token").asString());
	}

	/** Gives an account a role, as the admin every web-tier test has. */
	public static void promote(TestHttp http, long userId, Role role) {
		var changed = http.patchJson("/api/users/" + userId, Map.of("role", role), adminBearer(http, false));
		if (changed.status() == 401) {
			// some test revoked the admin's tokens: make a new one
			changed = http.patchJson("/api/users/" + userId, Map.of("role", role), adminBearer(http, true));
		}
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
	}

	/**
	 * The test admin's bearer header; one token for the whole run (instances share the
	 * database), because making one costs a bcrypt check.
	 */
	public static synchronized String[] adminBearer(TestHttp http, boolean fresh) {
		if (adminToken == null || fresh) {
			var token = http.postJson("/api/tokens", "", TestHttp.basic(ADMIN, ADMIN_PASSWORD));
			assertThat(token.status()).as(token.body()).isEqualTo(201);
			adminToken = token.json().get("token").asString();
		}
		return TestHttp.bearer(adminToken);
	}

}
