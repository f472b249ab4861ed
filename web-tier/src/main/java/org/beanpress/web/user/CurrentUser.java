package org.beanpress.web.user;

import java.util.List;

import org.beanpress.core.page.Viewer;
import org.beanpress.core.user.Role;
import org.beanpress.core.user.User;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The signed-in account as Spring Security holds it. Serializable through its parent,
 * because the session (and so this principal) lives in Redis and is read by every
 * web-tier instance.
 */
public class CurrentUser extends org.springframework.security.core.userdetails.User {

	private static final long serialVersionUID = 1L;

	private final long id;

	private final Role role;

	private final int credentialsVersion;

	CurrentUser(User user) {
		// a disabled account is not enabled: Spring Security refuses its password sign-in
		super(user.username(), user.passwordHash(), !user.disabled(), true, true, true,
				List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())));
		this.id = user.id();
		this.role = user.role();
		this.credentialsVersion = user.credentialsVersion();
	}

	public long id() {
		return id;
	}

	/** The account's credentials version when this user signed in. */
	int credentialsVersion() {
		return credentialsVersion;
	}

	public boolean isAdmin() {
		return role == Role.ADMIN;
	}

	/** What the public page renderers need to know of this user. */
	public Viewer viewer() {
		return new Viewer(id, isAdmin());
	}

	/** Authors manage what they own; admins manage everything. */
	public boolean mayManage(long ownerId) {
		return isAdmin() || ownerId == id;
	}

}
