package org.beanpress.web.user;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Secrets for links (invitations, password resets): 256 random bits, of which only the
 * SHA-256 is stored, as for API tokens ({@link TokenService#hash}).
 */
final class Secrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Secrets() {
	}

	static String generate(String prefix) {
		var bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String secret) {
		return TokenService.hash(secret);
	}

}
