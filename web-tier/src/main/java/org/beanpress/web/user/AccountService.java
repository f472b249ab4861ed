package org.beanpress.web.user;

import java.nio.charset.StandardCharsets;

import org.beanpress.core.user.Role;
import org.beanpress.core.user.User;
import org.beanpress.core.user.UserRepository;
import org.beanpress.web.system.ProblemException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

@Service
public class AccountService {

	private final UserRepository users;

	private final PasswordEncoder passwords;

	AccountService(UserRepository users, PasswordEncoder passwords) {
		this.users = users;
		this.passwords = passwords;
	}

	/** Creates an author account; a taken username (in any letter case) is a 409. */
	public User signUp(SignUpRequest request) {
		if (request.password().getBytes(StandardCharsets.UTF_8).length > 72) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "password: must be at most 72 bytes in UTF-8");
		}
		try {
			return users.create(request.username(), passwords.encode(request.password()), Role.AUTHOR);
		}
		catch (DuplicateKeyException ex) {
			throw ProblemException.conflict("The username '" + request.username() + "' is taken; choose another");
		}
	}

	/**
	 * Makes sure the configured admin exists with the configured password; instances
	 * starting together may race to create it, and the loser updates instead.
	 */
	void ensureAdmin(String username, String password) {
		var hash = passwords.encode(password);
		var existing = users.findByUsername(username);
		if (existing.isEmpty()) {
			try {
				users.create(username, hash, Role.ADMIN);
				return;
			}
			catch (DuplicateKeyException ex) {
				existing = users.findByUsername(username);
			}
		}
		existing.ifPresent(user -> users.updatePasswordAndRole(user.id(), hash, Role.ADMIN));
	}

}
