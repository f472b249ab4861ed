package org.beanpress.web.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.beanpress.core.user.ApiTokenRepository;
import org.beanpress.core.user.UserRepository;
import org.beanpress.web.system.ProblemException;
import org.springframework.stereotype.Service;

/**
 * Bearer tokens for scripts. The secret is 256 random bits shown once; only its SHA-256
 * is stored (a slow hash adds nothing to a secret that long), so a leaked table grants
 * nothing.
 */
@Service
class TokenService {

	static final String PREFIX = "bp_";

	private final SecureRandom random = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final UserRepository users;

	private final SecurityProperties properties;

	private final Clock clock;

	TokenService(ApiTokenRepository tokens, UserRepository users, SecurityProperties properties, Clock clock) {
		this.tokens = tokens;
		this.users = users;
		this.properties = properties;
		this.clock = clock;
	}

	IssuedToken issue(CurrentUser user) {
		var bytes = new byte[32];
		random.nextBytes(bytes);
		var secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		var now = clock.instant();
		var token = tokens.create(user.id(), hash(secret), now, now.plus(properties.tokenTtl()));
		return new IssuedToken(token.id(), secret, token.expiresAt());
	}

	/** The caller's tokens that are not revoked, newest first; never their secrets. */
	List<TokenView> list(CurrentUser user) {
		var now = clock.instant();
		return tokens.findUnrevoked(user.id())
			.stream()
			.map(token -> new TokenView(token.id(), token.createdAt(), token.expiresAt(), token.lastUsedAt(),
					token.isExpiredAt(now)))
			.toList();
	}

	/** Revokes all of the caller's tokens, the one presented included. */
	int revokeAll(CurrentUser user) {
		return tokens.revokeAll(user.id(), clock.instant());
	}

	void revoke(CurrentUser user, long tokenId) {
		if (!tokens.revoke(user.id(), tokenId, clock.instant())) {
			throw ProblemException.notFound("You have no live token with id " + tokenId);
		}
	}

	/**
	 * The user a presented secret stands for, or an exception saying why it is refused.
	 */
	CurrentUser authenticate(String secret) {
		var token = tokens.findByHash(hash(secret))
			.filter(found -> !found.isRevoked())
			.orElseThrow(() -> new InvalidTokenException("The bearer token is unknown or revoked"));
		var now = clock.instant();
		if (token.isExpiredAt(now)) {
			throw new InvalidTokenException(
					"The bearer token expired at " + token.expiresAt() + "; create a new one with POST /api/tokens");
		}
		tokens.recordUse(token, now);
		var user = users.findById(token.userId())
			.orElseThrow(() -> new InvalidTokenException("The bearer token's account no longer exists"));
		if (user.disabled()) {
			// disabling revokes the tokens too; this holds if one was issued in the race
			throw new InvalidTokenException("The bearer token's account is disabled");
		}
		return new CurrentUser(user);
	}

	static String hash(String secret) {
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

	record IssuedToken(long id, String token, Instant expiresAt) {
	}

	/** A token as its owner may see it again: everything but the secret. */
	record TokenView(long id, Instant createdAt, Instant expiresAt, Instant lastUsedAt, boolean expired) {
	}

}
