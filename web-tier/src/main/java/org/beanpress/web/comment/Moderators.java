package org.beanpress.web.comment;

import org.beanpress.core.post.Post;
import org.beanpress.core.user.Role;
import org.beanpress.web.user.CurrentUser;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Who moderates comments: the one place that decides it. */
final class Moderators {

	private static final SimpleGrantedAuthority EDITOR = new SimpleGrantedAuthority("ROLE_" + Role.EDITOR.name());

	private static final SimpleGrantedAuthority ADMIN = new SimpleGrantedAuthority("ROLE_" + Role.ADMIN.name());

	private Moderators() {
	}

	/**
	 * The moderators of a post's comments: its author, editors and admins. Anonymous
	 * readers (null) moderate nothing.
	 */
	static boolean mayModerate(CurrentUser user, Post post) {
		return user != null && (moderatesEveryPost(user) || user.id() == post.authorId());
	}

	/** Editors and admins moderate the comments of every post; authors only their own. */
	static boolean moderatesEveryPost(CurrentUser user) {
		return user.getAuthorities().contains(EDITOR) || user.getAuthorities().contains(ADMIN);
	}

}
