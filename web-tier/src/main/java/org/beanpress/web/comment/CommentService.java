package org.beanpress.web.comment;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.beanpress.core.comment.Comment;
import org.beanpress.core.comment.CommentProperties;
import org.beanpress.core.comment.CommentRepository;
import org.beanpress.core.comment.CommentStatus;
import org.beanpress.core.comment.NewComment;
import org.beanpress.core.comment.PostComments;
import org.beanpress.core.page.PageCache;
import org.beanpress.core.page.PageWarming;
import org.beanpress.core.post.Post;
import org.beanpress.core.post.PostRepository;
import org.beanpress.web.system.ProblemException;
import org.beanpress.web.user.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Comments: taking them (checks first, then one insert), moderating them, and keeping the
 * cached pages that show them in step: every change a reader could see warms the post's
 * page and the listings with its count, through the outbox in the same transaction.
 */
@Service
class CommentService {

	/** Comments per page of the moderation queue. */
	static final int QUEUE_PAGE = 50;

	private final PostRepository posts;

	private final CommentRepository comments;

	private final PostComments postComments;

	private final CommentMarkdown markdown;

	private final CommentProperties properties;

	private final PageWarming warming;

	private final PageCache cache;

	private final TransactionTemplate transaction;

	CommentService(PostRepository posts, CommentRepository comments, PostComments postComments,
			CommentMarkdown markdown, CommentProperties properties, PageWarming warming, PageCache cache,
			TransactionTemplate transaction) {
		this.posts = posts;
		this.comments = comments;
		this.postComments = postComments;
		this.markdown = markdown;
		this.properties = properties;
		this.warming = warming;
		this.cache = cache;
		this.transaction = transaction;
	}

	/** A post's comments for a viewer, and whether it takes comments now. */
	record Listing(Post post, boolean open, boolean moderator, List<Comment> comments) {
	}

	/** One page of the moderation queue, and the id to continue after (if any). */
	record Queue(List<Comment> comments, Optional<Long> next) {
	}

	/**
	 * Takes a comment from an account ({@code user}) or an anonymous reader (null). Held
	 * for moderation unless the commenter has an approved comment already or moderates
	 * the post.
	 */
	Comment post(CurrentUser user, long postId, CommentRequest request) {
		if (request.caughtInHoneypot()) {
			// before any look-up: nothing is read or stored for a robot
			throw ProblemException.badRequest("The field 'website' must stay empty: it is a trap for spam robots");
		}
		var post = published(postId);
		if (!postComments.isOpen(post)) {
			throw ProblemException.forbidden("Comments on post " + postId + " are closed");
		}
		var email = user == null ? anonymousEmail(request) : null;
		var length = request.body().length();
		if (length > properties.maxLength()) {
			throw ProblemException.badRequest(
					"A comment may have at most " + properties.maxLength() + " characters; this one has " + length);
		}
		var parentId = parent(post, request.parentId());
		var html = markdown.toSafeHtml(request.body());
		var links = CommentMarkdown.links(html);
		if (links > properties.maxLinks()) {
			throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT,
					"A comment may carry at most " + properties.maxLinks() + " links; this one has " + links);
		}
		var trusted = user != null ? Moderators.mayModerate(user, post) || comments.hasApprovedByAuthor(user.id())
				: comments.hasApprovedByEmail(email);
		var comment = new NewComment(post.id(), parentId, user == null ? null : user.id(),
				user == null ? request.name().strip() : null, email, request.body(), html,
				trusted ? CommentStatus.APPROVED : CommentStatus.PENDING);
		var id = transaction.execute(status -> {
			var inserted = comments.insert(comment);
			if (comment.status() == CommentStatus.APPROVED) {
				warming.postChanged(post.id(), post.slug());
			}
			return inserted;
		});
		if (comment.status() == CommentStatus.APPROVED) {
			cache.evictPost(post.slug());
		}
		return comments.findById(id).orElseThrow();
	}

	/**
	 * A post's comments: the approved ones in thread order for readers, all of them
	 * (emails included) for its moderators. A post nobody may see is unknown.
	 */
	Listing list(CurrentUser viewer, long postId) {
		var post = posts.findById(postId).orElseThrow(() -> unknownPost(postId));
		var moderator = Moderators.mayModerate(viewer, post);
		if (moderator) {
			return new Listing(post, postComments.isOpen(post), true,
					comments.findAllByPost(postId, PostComments.MAX_PER_POST));
		}
		if (!post.isPublished()) {
			throw unknownPost(postId);
		}
		var approved = comments.findByPost(postId, CommentStatus.APPROVED, PostComments.MAX_PER_POST);
		var byId = approved.stream().collect(Collectors.toMap(Comment::id, Function.identity()));
		// in the page's order, without replies whose thread is not shown
		var shown = PostComments.threads(approved)
			.stream()
			.flatMap(thread -> Stream.concat(Stream.of(thread), thread.replies().stream()))
			.map(comment -> byId.get(comment.id()))
			.toList();
		return new Listing(post, postComments.isOpen(post), false, shown);
	}

	/** Approves a comment or marks it as spam. */
	Comment moderate(CurrentUser user, long id, CommentStatus status) {
		if (status == CommentStatus.PENDING) {
			throw ProblemException.badRequest("status must be APPROVED or SPAM");
		}
		var comment = moderated(user, id);
		changed(comment, () -> comments.setStatus(id, status));
		return comments.findById(id).orElseThrow();
	}

	/** Deletes a comment, and its replies with it. */
	void delete(CurrentUser user, long id) {
		var comment = moderated(user, id);
		changed(comment, () -> comments.delete(id));
	}

	/**
	 * The moderation queue: comments of one status, oldest first; every post's for
	 * editors and admins, their own posts' for authors.
	 */
	Queue queue(CurrentUser user, CommentStatus status, long afterId) {
		var postAuthor = Moderators.moderatesEveryPost(user) ? Optional.<Long>empty() : Optional.of(user.id());
		var rows = comments.findByStatus(status, postAuthor, afterId, QUEUE_PAGE + 1);
		if (rows.size() <= QUEUE_PAGE) {
			return new Queue(rows, Optional.empty());
		}
		var page = List.copyOf(rows.subList(0, QUEUE_PAGE));
		return new Queue(page, Optional.of(page.get(QUEUE_PAGE - 1).id()));
	}

	/** Closes or reopens comments on a post (its moderators). */
	Listing close(CurrentUser user, long postId, boolean closed) {
		var post = posts.findById(postId).orElseThrow(() -> unknownPost(postId));
		if (!Moderators.mayModerate(user, post)) {
			throw ProblemException.forbidden(
					"Only the post's author, an editor or an admin may close or open comments on post " + postId);
		}
		transaction.executeWithoutResult(status -> {
			comments.setClosedByHand(postId, closed);
			if (post.isPublished()) {
				warming.postChanged(post.id(), post.slug());
			}
		});
		cache.evictPost(post.slug());
		return list(user, postId);
	}

	/** The post a moderator manages the comments of, as on the editor's comment page. */
	Post moderatedPost(CurrentUser user, long postId) {
		var post = posts.findById(postId).orElseThrow(() -> unknownPost(postId));
		if (!Moderators.mayModerate(user, post)) {
			throw ProblemException
				.forbidden("Only the post's author, an editor or an admin may moderate comments on post " + postId);
		}
		return post;
	}

	boolean closedByHand(long postId) {
		return comments.closedByHand(postId);
	}

	private Comment moderated(CurrentUser user, long id) {
		var comment = comments.findById(id)
			.orElseThrow(() -> ProblemException.notFound("There is no comment with id " + id));
		var post = posts.findById(comment.postId()).orElseThrow();
		if (!Moderators.mayModerate(user, post)) {
			throw ProblemException
				.forbidden("Only the post's author, an editor or an admin may moderate comment " + id);
		}
		return comment;
	}

	/**
	 * Applies a change readers may see and warms the pages showing it in the same
	 * transaction; the post's page is evicted after the commit, so that nobody reads the
	 * old comments while the worker renders the new ones.
	 */
	private void changed(Comment comment, Runnable change) {
		var post = posts.findById(comment.postId()).orElseThrow();
		transaction.executeWithoutResult(status -> {
			change.run();
			if (post.isPublished()) {
				warming.postChanged(post.id(), post.slug());
			}
		});
		cache.evictPost(post.slug());
	}

	private Post published(long postId) {
		return posts.findById(postId).filter(Post::isPublished).orElseThrow(() -> unknownPost(postId));
	}

	private String anonymousEmail(CommentRequest request) {
		if (!properties.anonymous()) {
			throw new ProblemException(HttpStatus.UNAUTHORIZED,
					"Log in to comment: this site takes comments from accounts only");
		}
		if (request.name() == null || request.name().isBlank() || request.email() == null
				|| request.email().isBlank()) {
			throw ProblemException.badRequest("Without an account, a comment needs a name and an email");
		}
		return request.email().strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * The parent of a reply: an approved top-level comment of the same post. A reply to a
	 * reply is refused rather than moved up, so nobody's answer lands under a comment
	 * they did not pick.
	 */
	private Long parent(Post post, Long parentId) {
		if (parentId == null) {
			return null;
		}
		var parent = comments.findById(parentId)
			.filter(found -> found.postId() == post.id() && found.isApproved())
			.orElseThrow(() -> ProblemException
				.badRequest("parentId " + parentId + " is not an approved comment on post " + post.id()));
		if (parent.parentId() != null) {
			throw ProblemException.badRequest("Comment " + parentId + " is a reply, and replies go one level deep: "
					+ "answer comment " + parent.parentId() + " instead");
		}
		return parent.id();
	}

	private static ProblemException unknownPost(long postId) {
		return ProblemException.notFound("There is no published post with id " + postId);
	}

}
