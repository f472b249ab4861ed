package org.beanpress.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The local admin's password. A fixed one would open every local stack to whoever knows
 * the README: unless the settings give one ({@code BEANPRESS_STACK_ADMIN_PASSWORD}, for
 * scripts and tests), it is generated at the first start, shown that once, and kept in
 * the data folder in a file only its owner can read.
 *
 * @param value the password
 * @param file where a generated password is kept; {@code null} for a configured one
 * @param generatedNow whether this start generated it (the only time it is shown)
 */
record AdminPassword(String value, Path file, boolean generatedNow) {

	static final String FILE_NAME = "admin-password";

	private static final SecureRandom RANDOM = new SecureRandom();

	static AdminPassword of(String configured, Path dataDirectory) {
		if (configured != null && !configured.isBlank()) {
			return new AdminPassword(configured, null, false);
		}
		var file = dataDirectory.toAbsolutePath().resolve(FILE_NAME);
		try {
			if (Files.exists(file)) {
				return new AdminPassword(Files.readString(file, StandardCharsets.UTF_8).strip(), file, false);
			}
			Files.createDirectories(dataDirectory);
			var bytes = new byte[18];
			RANDOM.nextBytes(bytes);
			var generated = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			Files.writeString(file, generated + "\n", StandardCharsets.UTF_8);
			return new AdminPassword(generated, file, true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not keep the admin password in " + file, ex);
		}
	}

	/** What the launcher prints about the admin's login once the stack runs. */
	String describe() {
		if (file == null) {
			return "admin: admin, password as configured (BEANPRESS_STACK_ADMIN_PASSWORD)";
		}
		if (generatedNow) {
			return "admin: admin / " + value + " (generated; shown this once, kept in " + file + ")";
		}
		return "admin: admin, password in " + file;
	}

}
