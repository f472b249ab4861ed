package org.beanpress.core.user;

import java.time.Instant;

/** An account; the password is only ever held as a bcrypt hash. */
public record User(long id, String username, String passwordHash, Role role, Instant createdAt) {
}
