package org.beanpress.devstack;

import java.nio.file.Path;
import java.util.Map;

import org.beanpress.local.LoopbackPorts;
import org.beanpress.local.TestHttp;

/** The local stack as the tests start it, and the author they drive it as. */
final class TestStacks {

	private TestStacks() {
	}

	/** Any free ports, the tier jars this build made, the test's own data folder. */
	static StackSettings settings(Path data, String adminPassword, int visibilityTimeoutSeconds) {
		return new StackSettings(data, tiersDirectory(), LoopbackPorts.LOOPBACK, 0, 0, 0, 0, 0, adminPassword,
				visibilityTimeoutSeconds);
	}

	/** Where this build put web-tier.jar and worker-tier.jar. */
	static Path tiersDirectory() {
		return Path.of(System.getProperty("beanpress.stack.tiers-directory", "target/tiers"));
	}

	/**
	 * An author signed up through the API (as a contributor, as everyone is) and made an
	 * author by the stack's admin, with the bearer header of a token of theirs (made
	 * after the role change, which revokes tokens).
	 */
	record Author(long id, String[] bearer) {

		static Author signUp(TestHttp http, String username, String password, String adminPassword) {
			var id = http.postJson("/api/accounts", Map.of("username", username, "password", password))
				.json()
				.get("id")
				.asLong();
			var admin = http.postJson("/api/tokens", "", TestHttp.basic("admin", adminPassword))
				.json()
				.get("token")
				.asString();
			var promoted = http.patchJson("/api/users/" + id, Map.of("role", "AUTHOR"), TestHttp.bearer(admin));
			if (promoted.status() != 200) {
				throw new AssertionError("Could not make " + username + " an author: " + promoted.body());
			}
			var token = http.postJson("/api/tokens", "", TestHttp.basic(username, password))
				.json()
				.get("token")
				.asString();
			return new Author(id, TestHttp.bearer(token));
		}

	}

}
