package org.beanpress.web.post;

import java.util.List;

import org.beanpress.core.post.Post;
import org.beanpress.core.post.PostRevision;
import org.beanpress.core.post.PostRevisionRepository;
import org.beanpress.web.taxonomy.TaxonomyService;
import org.beanpress.web.system.ProblemException;
import org.beanpress.web.user.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * A post's revisions for those who may manage the post: the list, one, the diff of two,
 * and restoring one (a save like any other, so it keeps a revision of its own).
 */
@Service
class RevisionService {

	private final PostService posts;

	private final PostRevisionRepository revisions;

	private final TaxonomyService taxonomy;

	RevisionService(PostService posts, PostRevisionRepository revisions, TaxonomyService taxonomy) {
		this.taxonomy = taxonomy;
		this.posts = posts;
		this.revisions = revisions;
	}

	List<PostRevision> list(CurrentUser user, long postId) {
		posts.manageable(user, postId);
		return revisions.findByPost(postId);
	}

	PostRevision revision(CurrentUser user, long postId, long revisionId) {
		posts.manageable(user, postId);
		return find(postId, revisionId);
	}

	/** What changed from one revision to another, title and Markdown. */
	Comparison compare(CurrentUser user, long postId, long fromId, long toId) {
		posts.manageable(user, postId);
		var from = find(postId, fromId);
		var to = find(postId, toId);
		return new Comparison(from, to, RevisionDiff.between(from.markdown(), to.markdown()));
	}

	/**
	 * Puts a revision's title and Markdown back as the post's content, keeping its status
	 * and schedule. At the post's current version: someone saving meanwhile gets 409.
	 */
	Post restore(CurrentUser user, long postId, long revisionId) {
		var post = posts.manageable(user, postId);
		var revision = find(postId, revisionId);
		return posts.update(user, postId, PostRequest.of(post, taxonomy.termsOf(postId))
			.withText(revision.title(), revision.markdown(), post.version()));
	}

	record Comparison(PostRevision from, PostRevision to, List<RevisionDiff.Line> lines) {

		// public: the page template calls it
		public boolean titleChanged() {
			return !from.title().equals(to.title());
		}

	}

	private PostRevision find(long postId, long revisionId) {
		return revisions.find(postId, revisionId)
			.orElseThrow(() -> ProblemException.notFound("There is no revision " + revisionId + " of post " + postId));
	}

}
