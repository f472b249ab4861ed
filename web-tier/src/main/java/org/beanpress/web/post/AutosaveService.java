package org.beanpress.web.post;

import java.util.Optional;

import org.beanpress.core.post.Post;
import org.beanpress.core.post.PostAutosave;
import org.beanpress.core.post.PostAutosaveRepository;
import org.beanpress.web.system.ProblemException;
import org.beanpress.web.user.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * The editor's autosaved copies: one per user and post, and one per user for the post not
 * saved yet. Storing one publishes nothing and keeps no revision; saving the post deletes
 * it ({@link PostSaves}).
 */
@Service
class AutosaveService {

	private final PostService posts;

	private final PostAutosaveRepository autosaves;

	AutosaveService(PostService posts, PostAutosaveRepository autosaves) {
		this.posts = posts;
		this.autosaves = autosaves;
	}

	/**
	 * Keeps the copy; for an existing post only if the user may manage it and the text
	 * was edited from its current version (409 otherwise, as a save would be).
	 */
	PostAutosave save(CurrentUser user, Optional<Long> postId, AutosaveRequest request) {
		Integer base = null;
		if (postId.isPresent()) {
			var post = posts.manageable(user, postId.get());
			if (request.version() != null && request.version() != post.version()) {
				throw ProblemException.conflict("The post was changed by someone else (now at version " + post.version()
						+ "); reload it and apply your edit again");
			}
			base = post.version();
		}
		return autosaves.save(user.id(), postId, request.title(), request.markdown(), base);
	}

	PostAutosave find(CurrentUser user, Optional<Long> postId) {
		postId.ifPresent(id -> posts.manageable(user, id));
		return autosaves.find(user.id(), postId)
			.orElseThrow(() -> ProblemException.notFound("There is no autosaved copy of "
					+ postId.map(id -> "post " + id).orElse("a new post") + " for you"));
	}

	void discard(CurrentUser user, Optional<Long> postId) {
		postId.ifPresent(id -> posts.manageable(user, id));
		autosaves.delete(user.id(), postId);
	}

	/**
	 * The copy to offer when the editor opens: one saved after the post last was (a crash
	 * or closed tab lost it), or edited from a version someone else has saved over since
	 * (offered rather than lost; saving it answers 409 like any stale edit); any for a
	 * new post.
	 */
	Optional<PostAutosave> newerThan(CurrentUser user, Optional<Post> post) {
		return autosaves.find(user.id(), post.map(Post::id))
			.filter(copy -> post
				.map(saved -> copy.savedAt().isAfter(saved.updatedAt())
						|| !Integer.valueOf(saved.version()).equals(copy.baseVersion()))
				.orElse(true));
	}

}
