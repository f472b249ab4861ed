package org.beanpress.web.user;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.beanpress.core.user.ApiTokenRepository;
import org.beanpress.core.user.Role;
import org.beanpress.core.user.User;
import org.beanpress.core.user.UserRepository;
import org.beanpress.core.user.Usernames;
import org.beanpress.web.system.ProblemException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AccountService {

	/** bcrypt reads no more than this; a longer password would be cut without a word. */
	private static final int BCRYPT_MAX_BYTES = 72;

	private final UserRepository users;

	private final ApiTokenRepository tokens;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private final InvitationService invitations;

	private final AccountsProperties properties;

	AccountService(UserRepository users, ApiTokenRepository tokens, PasswordEncoder passwords, Clock clock,
			InvitationService invitations, AccountsProperties properties) {
		this.users = users;
		this.tokens = tokens;
		this.passwords = passwords;
		this.clock = clock;
		this.invitations = invitations;
		this.properties = properties;
	}

	/**
	 * Creates an account as the sign-up mode allows: with the default role, or with the
	 * role of the invitation it presents (used up in the same transaction, so a failed
	 * sign-up leaves it usable). A taken username (in canonical form) is a 409.
	 */
	@Transactional
	public User signUp(SignUpRequest request) {
		requireBcryptLength("password", request.password());
		var invited = request.invitation() != null && !request.invitation().isBlank();
		if (properties.signUp() == SignUpMode.CLOSED) {
			throw ProblemException.forbidden("Sign-up is closed on this site; ask an admin for an account");
		}
		if (!invited && properties.signUp() == SignUpMode.INVITATION) {
			throw ProblemException.forbidden(
					"Sign-up is by invitation only: open the invitation link an admin gave you, or send its 'invitation'");
		}
		var invitation = invited ? invitations.redeem(request.invitation()) : null;
		var role = invitation == null ? Role.AUTHOR : invitation.role();
		try {
			var user = users.create(request.username(), passwords.encode(request.password()), role);
			if (invitation != null) {
				invitations.recordUser(invitation, user);
			}
			return user;
		}
		catch (DuplicateKeyException ex) {
			throw ProblemException.conflict("The username '" + request.username() + "' is taken; choose another");
		}
	}

	/**
	 * Creates the configured admin when no account has that name. An existing admin is
	 * left as it is; an existing account of any other role is never promoted, because
	 * whoever holds it (and its tokens) would become an admin. Instances starting
	 * together may race to create it; the loser finds the winner's admin.
	 */
	void bootstrapAdmin(String username, String password) {
		var name = Usernames.canonical(username);
		var existing = users.findByUsername(name);
		if (existing.isEmpty()) {
			try {
				users.create(name, passwords.encode(password), Role.ADMIN);
				return;
			}
			catch (DuplicateKeyException ex) {
				existing = users.findByUsername(name);
			}
		}
		var user = existing.orElseThrow();
		if (user.role() != Role.ADMIN) {
			throw new AdminBootstrapException("beanpress.security.admin-username '" + name
					+ "' is the name of an existing " + user.role() + " account (id " + user.id()
					+ "); an existing account is never made an admin. Choose a name no account has.");
		}
	}

	/**
	 * Sets a new password after checking the current one, and ends everything signed in
	 * with the old one: every token, and every session but the caller's own.
	 */
	@Transactional
	public CurrentUser changePassword(CurrentUser user, PasswordChangeRequest request) {
		requireBcryptLength("newPassword", request.newPassword());
		var account = users.findById(user.id())
			.orElseThrow(() -> ProblemException.notFound("Your account no longer exists"));
		if (!passwords.matches(request.currentPassword(), account.passwordHash())) {
			throw ProblemException.forbidden("currentPassword: is wrong; the password was not changed");
		}
		users.updatePassword(account.id(), passwords.encode(request.newPassword()));
		tokens.revokeAll(account.id(), clock.instant());
		return new CurrentUser(users.findById(account.id()).orElseThrow());
	}

	/**
	 * Changes another account's role, ending its sessions and revoking its tokens so that
	 * the new role holds at once everywhere.
	 */
	@Transactional
	public User changeRole(CurrentUser admin, long userId, Role role) {
		if (admin.id() == userId) {
			throw ProblemException.conflict("An admin cannot change their own role; ask another admin");
		}
		if (!users.updateRole(userId, role)) {
			throw ProblemException.notFound("There is no account with id " + userId);
		}
		tokens.revokeAll(userId, clock.instant());
		return users.findById(userId).orElseThrow();
	}

	/**
	 * Changes the caller's display name and e-mail address (left out: unchanged; empty:
	 * cleared). An address another account has is a 409.
	 */
	@Transactional
	public User updateProfile(CurrentUser user, ProfileRequest request) {
		var account = users.findById(user.id())
			.orElseThrow(() -> ProblemException.notFound("Your account no longer exists"));
		var displayName = request.displayName() == null ? account.displayName()
				: DisplayNames.clean(request.displayName());
		var email = request.email() == null ? account.email()
				: request.email().isBlank() ? null : request.email().strip();
		try {
			users.updateProfile(account.id(), displayName, email);
		}
		catch (DuplicateKeyException ex) {
			throw ProblemException.conflict("email: another account has this address");
		}
		return users.findById(account.id()).orElseThrow();
	}

	public User account(CurrentUser user) {
		return users.findById(user.id()).orElseThrow(() -> ProblemException.notFound("Your account no longer exists"));
	}

	static void requireBcryptLength(String field, String password) {
		if (password.getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
			throw new ProblemException(HttpStatus.BAD_REQUEST,
					field + ": must be at most " + BCRYPT_MAX_BYTES + " bytes in UTF-8");
		}
	}

}
