package org.beanpress.web.user;

import java.time.Clock;
import java.time.Instant;

import org.beanpress.core.site.SiteUrls;
import org.beanpress.core.user.ApiTokenRepository;
import org.beanpress.core.user.PasswordResetRepository;
import org.beanpress.core.user.UserRepository;
import org.beanpress.web.mail.MailException;
import org.beanpress.web.mail.Mailer;
import org.beanpress.web.system.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time password reset links that an admin issues for an account. The link goes to the
 * account's e-mail address through the {@link Mailer} when it has one, and to the admin
 * in the answer either way. Only the secret's SHA-256 is stored; a new link ends the
 * account's earlier ones; using one sets the password, ends every session and revokes
 * every token of the account.
 */
@Service
class PasswordResetService {

	static final String PREFIX = "bpr_";

	private static final Logger log = LoggerFactory.getLogger(PasswordResetService.class);

	private final PasswordResetRepository resets;

	private final UserRepository users;

	private final ApiTokenRepository tokens;

	private final PasswordEncoder passwords;

	private final Mailer mailer;

	private final SiteUrls site;

	private final AccountsProperties properties;

	private final Clock clock;

	PasswordResetService(PasswordResetRepository resets, UserRepository users, ApiTokenRepository tokens,
			PasswordEncoder passwords, Mailer mailer, SiteUrls site, AccountsProperties properties, Clock clock) {
		this.resets = resets;
		this.users = users;
		this.tokens = tokens;
		this.passwords = passwords;
		this.mailer = mailer;
		this.site = site;
		this.properties = properties;
		this.clock = clock;
	}

	IssuedReset issue(long userId) {
		var user = users.findById(userId)
			.orElseThrow(() -> ProblemException.notFound("There is no account with id " + userId));
		var secret = Secrets.generate(PREFIX);
		var now = clock.instant();
		var expiresAt = now.plus(properties.passwordResetTtl());
		resets.expireAll(userId, now);
		resets.create(userId, Secrets.hash(secret), now, expiresAt);
		var link = site.absolute("/reset-password?token=" + secret);
		if (user.email() == null) {
			return new IssuedReset(user.id(), link, expiresAt, null,
					"The account has no e-mail address, so no mail was sent: give the link to its owner yourself");
		}
		try {
			mailer.send(user.email(), "Set a new password",
					"Someone with admin rights asked for a new password for your account '" + user.username()
							+ "'.\n\nSet it here (the link works once, until " + expiresAt + "):\n" + link
							+ "\n\nIf you did not expect this, ignore this mail and tell an admin.\n");
		}
		catch (MailException ex) {
			log.warn("Password reset mail for account {} not sent: {}", user.id(), ex.getMessage());
			return new IssuedReset(user.id(), link, expiresAt, null,
					"The mail could not be sent (" + ex.getMessage() + "): give the link to its owner yourself");
		}
		return new IssuedReset(user.id(), link, expiresAt, mailer.channel(),
				"The link was sent to the account's e-mail address" + ("log".equals(mailer.channel())
						? " (written to the server log: beanpress.mail.from is not set)" : ""));
	}

	/**
	 * Sets the new password if the link is valid and unused, using it up; every session
	 * and token of the account ends.
	 */
	@Transactional
	void reset(String secret, String newPassword) {
		AccountService.requireBcryptLength("newPassword", newPassword);
		var reset = resets.findByHash(Secrets.hash(secret == null ? "" : secret.strip()))
			.orElseThrow(() -> ProblemException
				.forbidden("This password reset link is not valid; ask an admin for a new one"));
		var now = clock.instant();
		if (!resets.use(reset.id(), now)) {
			throw new ProblemException(HttpStatus.GONE,
					reset.isUsed() ? "This password reset link has been used already; ask an admin for a new one"
							: "This password reset link has expired; ask an admin for a new one");
		}
		users.updatePassword(reset.userId(), passwords.encode(newPassword));
		tokens.revokeAll(reset.userId(), now);
	}

	/**
	 * A new link; {@code mailedVia} is where the mail went ({@code ses}, {@code log}), or
	 * null when no mail was sent.
	 */
	record IssuedReset(long userId, String link, Instant expiresAt, String mailedVia, String detail) {
	}

}
