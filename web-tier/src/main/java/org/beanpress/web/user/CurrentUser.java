package org.beanpress.web.user;

import java.util.List;

import org.beanpress.core.page.Viewer;
import org.beanpress.core.post.Post;
import org.beanpress.core.post.PostStatus;
import org.beanpress.core.user.Role;
import org.beanpress.core.user.User;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The signed-in account as Spring Security holds it, and the one place that decides what
 * its role allows (the URL rules in {@link SecurityConfiguration} only keep whole areas
 * to a role). Serializable through its parent, because the session (and so this
 * principal) lives in Redis and is read by every web-tier instance.
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

	public Role role() {
		return role;
	}

	/** The account's credentials version when this user signed in. */
	int credentialsVersion() {
		return credentialsVersion;
	}

	/** Users, settings and operations. */
	public boolean isAdmin() {
		return role == Role.ADMIN;
	}

	/**
	 * Editors and admins: anyone's posts, the review queue, categories.
	 */
	public boolean isEditor() {
		return atLeast(Role.EDITOR);
	}

	/** Authors and above publish and schedule; contributors submit for review. */
	public boolean mayPublish() {
		return atLeast(Role.AUTHOR);
	}

	/** Whether a post may be saved with this status by this user. */
	public boolean maySetStatus(PostStatus status) {
		return mayPublish() || status == PostStatus.DRAFT || status == PostStatus.PENDING_REVIEW;
	}

	/**
	 * Whether this user may see a post that is not published: its author and editors.
	 */
	public boolean maySee(Post post) {
		return isEditor() || post.authorId() == id;
	}

	/**
	 * Whether this user may change or delete a post: editors any post, authors their own,
	 * contributors their own until it is published or scheduled.
	 */
	public boolean mayEdit(Post post) {
		return isEditor() || (post.authorId() == id && (mayPublish() || isUnpublished(post.status())));
	}

	/** Contributors' uploads count against a quota; everyone else's do not. */
	public boolean hasUploadQuota() {
		return !mayPublish();
	}

	/** What the public page renderers need to know of this user. */
	public Viewer viewer() {
		return new Viewer(id, isAdmin());
	}

	/** Media: owners manage what they own; admins manage everything. */
	public boolean mayManage(long ownerId) {
		return isAdmin() || ownerId == id;
	}

	private boolean atLeast(Role least) {
		return role.compareTo(least) >= 0;
	}

	private static boolean isUnpublished(PostStatus status) {
		return status == PostStatus.DRAFT || status == PostStatus.PENDING_REVIEW;
	}

}
