package org.beanpress.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.beanpress.local.LoopbackPorts;
import org.beanpress.local.TestHttp;
import org.springframework.util.FileSystemUtils;

/** The local stack as the tests start it, and the author they drive it as. */
final class TestStacks {

	/**
	 * The tag of the classes that run on {@link #shared()}: the build runs them in a JVM
	 * of their own, after the others, so no other class sees its processes
	 * (LocalStackTests checks that a stack leaves none behind).
	 */
	static final String SHARED = "shared-stack";

	/** The admin's password on the {@link #shared()} stack. */
	static final String SHARED_ADMIN_PASSWORD = "shared-admin";

	private static LocalStack shared;

	private TestStacks() {
	}

	/**
	 * One stack for the classes that only drive it, started on first use and stopped when
	 * the test JVM exits: a stack starts two Spring Boot JVMs, the longest part of most
	 * tests here. Its users stop no part of it, sign up authors of their own and find
	 * their own posts by slug.
	 */
	static synchronized LocalStack shared() {
		if (shared == null) {
			var data = createTemporaryFolder();
			try {
				var stack = LocalStack.start(settings(data, SHARED_ADMIN_PASSWORD, 0));
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					stack.close();
					deleteQuietly(data);
				}, "shared-stack-shutdown"));
				shared = stack;
			}
			catch (RuntimeException ex) {
				// the next class tries again, in a folder of its own
				deleteQuietly(data);
				throw ex;
			}
		}
		return shared;
	}

	private static Path createTemporaryFolder() {
		try {
			return Files.createTempDirectory("beanpress-shared-stack");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteQuietly(Path folder) {
		try {
			FileSystemUtils.deleteRecursively(folder);
		}
		catch (IOException ex) {
			// a leftover temporary folder is harmless
		}
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

		private static final AtomicInteger SIGN_UPS = new AtomicInteger();

		static Author signUp(TestHttp http, String username, String password, String adminPassword) {
			// from an address of its own (the tier believes X-Forwarded-For from the
			// loopback, as from its nginx): the shared stack's classes together sign up
			// more accounts than one address may in an hour
			var id = http
				.postJson("/api/accounts", Map.of("username", username, "password", password), "X-Forwarded-For",
						"192.0.2." + SIGN_UPS.incrementAndGet() % 250)
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
