package org.beanpress.core.user;

import java.time.Instant;

/**
 * An account; the password is only ever held as a bcrypt hash. The username is in
 * {@link Usernames#canonical canonical form}; {@code credentialsVersion} rises with every
 * password or role change, which ends the sessions signed in before it. A disabled
 * account cannot sign in; the display name (optional) is what the account calls itself,
 * the e-mail address (optional, lower case) is only for password reset mail.
 */
public record User(long id, String username, String passwordHash, Role role, Instant createdAt, int credentialsVersion,
		boolean disabled, String displayName, String email) {
}
