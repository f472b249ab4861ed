package org.beanpress.web.post;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.beanpress.core.page.Archive;
import org.beanpress.core.page.PageCache;
import org.beanpress.core.page.PageWarming;
import org.beanpress.core.page.PublicPages;
import org.beanpress.core.page.ResponsiveImages;
import org.beanpress.core.post.Post;
import org.beanpress.core.post.PostContent;
import org.beanpress.core.post.PostCursor;
import org.beanpress.core.post.PostPage;
import org.beanpress.core.post.PostRepository;
import org.beanpress.core.post.PostStatus;
import org.beanpress.web.media.FeaturedMedia;
import org.beanpress.web.system.ProblemException;
import org.beanpress.web.taxonomy.TaxonomyService;
import org.beanpress.web.user.CurrentUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class PostService {

	private static final int SLUG_ATTEMPTS = 5;

	private static final int EXCERPT_CHARS = 500;

	private final PostRepository posts;

	private final MarkdownRenderer markdown;

	private final PageCache cache;

	private final PageWarming warming;

	private final TransactionTemplate transaction;

	private final PostSaves saves;

	private final FeaturedMedia featured;

	private final TaxonomyService taxonomy;

	PostService(PostRepository posts, MarkdownRenderer markdown, PageCache cache, PageWarming warming,
			TransactionTemplate transaction, PostSaves saves, FeaturedMedia featured, TaxonomyService taxonomy) {
		this.featured = featured;
		this.taxonomy = taxonomy;
		this.posts = posts;
		this.markdown = markdown;
		this.cache = cache;
		this.warming = warming;
		this.transaction = transaction;
		this.saves = saves;
	}

	/** A post as saved, and the archives whose cached first pages it changed. */
	private record Saved(Post post, Set<Archive> archives) {
	}

	/**
	 * Creates a post under a unique slug from its title; two authors racing for one slug
	 * both succeed.
	 */
	Post create(CurrentUser author, PostRequest request) {
		requireStatusAllowed(author, request.status());
		var content = render(request);
		var categories = taxonomy.categories(request.categories());
		var base = SlugGenerator.base(request.title());
		for (int attempt = 1;; attempt++) {
			var slug = SlugGenerator.firstFree(base, posts.findSlugsLike(base));
			try {
				var saved = transaction.execute(status -> {
					var featuredId = featured.checked(author, author.id(), request.featuredMediaId());
					var id = posts.insert(slug, author.id(), content);
					posts.setFeaturedMedia(id, featuredId);
					posts.replaceImages(id, ResponsiveImages.originalKeysIn(content.html()));
					saves.created(author, id, content);
					taxonomy.assign(id, categories, request.tags());
					var archives = content.status() == PostStatus.PUBLISHED ? warming.postChanged(id, slug)
							: Set.<Archive>of();
					return new Saved(posts.findById(id).orElseThrow(), archives);
				});
				if (saved.post().isPublished()) {
					cache.evictFrontPage();
					cache.evictFeedsAndSitemaps();
					cache.evictArchives(saved.archives());
				}
				return saved.post();
			}
			catch (DuplicateKeyException ex) {
				if (attempt == SLUG_ATTEMPTS) {
					throw ProblemException.conflict("Could not find a free slug for this title; try another title");
				}
			}
		}
	}

	/**
	 * Edits a post the user may manage; a stale version means someone else edited it
	 * meanwhile (409).
	 */
	Post update(CurrentUser user, long id, PostRequest request) {
		var post = manageable(user, id);
		requireStatusAllowed(user, request.status());
		var expected = request.version() == null ? post.version() : request.version();
		var content = render(request);
		var categories = taxonomy.categories(request.categories());
		var saved = transaction.execute(status -> {
			var featuredId = featured.checked(user, post.authorId(), request.featuredMediaId());
			var before = warming.archivesOf(id);
			if (!posts.update(id, expected, content)) {
				throw ProblemException.conflict("The post was changed by someone else (now at version "
						+ posts.findById(id).map(Post::version).orElse(-1) + "); reload it and apply your edit again");
			}
			posts.replaceImages(id, ResponsiveImages.originalKeysIn(content.html()));
			saves.updated(user, id, content);
			posts.setFeaturedMedia(id, featuredId);
			taxonomy.assign(id, categories, request.tags());
			var archives = post.isPublished() || content.status() == PostStatus.PUBLISHED
					? warming.postChanged(id, post.slug(), before) : Set.<Archive>of();
			return new Saved(posts.findById(id).orElseThrow(), archives);
		});
		// readers must not see the old version while the worker re-renders it
		cache.evictPost(post.slug());
		cache.evictFrontPage();
		cache.evictFeedsAndSitemaps();
		cache.evictArchives(saved.archives());
		return saved.post();
	}

	void delete(CurrentUser user, long id) {
		var post = manageable(user, id);
		var archives = transaction.execute(status -> {
			var before = warming.archivesOf(id);
			posts.delete(id);
			return post.isPublished() ? warming.postChanged(id, post.slug(), before) : Set.<Archive>of();
		});
		cache.evictPost(post.slug());
		cache.evictFrontPage();
		cache.evictFeedsAndSitemaps();
		cache.evictArchives(archives);
	}

	/**
	 * A post by slug as the viewer may see it: published to everyone, drafts only to
	 * those who manage them.
	 */
	Post visible(String slug, Optional<CurrentUser> viewer) {
		return posts.findBySlug(slug)
			.filter(post -> post.isPublished() || viewer.map(user -> user.maySee(post)).orElse(false))
			.orElseThrow(() -> ProblemException.notFound("There is no post at '" + slug + "'"));
	}

	Post manageable(CurrentUser user, long id) {
		var post = posts.findById(id).orElseThrow(() -> ProblemException.notFound("There is no post with id " + id));
		if (!user.mayEdit(post)) {
			throw ProblemException.forbidden(post.authorId() == user.id()
					? "Post " + id + " is " + post.status() + ": a contributor cannot change a post once it is"
							+ " published or scheduled; ask an editor"
					: "Only the post's author or an editor may change post " + id);
		}
		return post;
	}

	/**
	 * Submits a draft for an editor to review; submitting a post that waits for review
	 * already changes nothing, a published or scheduled one is a 409.
	 */
	Post submit(CurrentUser user, long id) {
		var post = manageable(user, id);
		return switch (post.status()) {
			case PENDING_REVIEW -> post;
			case DRAFT -> moveTo(user, post, PostStatus.PENDING_REVIEW);
			case PUBLISHED, SCHEDULED -> throw ProblemException
				.conflict("Post " + id + " is " + post.status() + " already; only a draft can be submitted for review");
		};
	}

	/**
	 * An editor's decision on a post pending review: PUBLISHED, or DRAFT to send it back
	 * to its author. A post no longer pending (decided by someone else meanwhile) is a
	 * 409.
	 */
	Post review(CurrentUser editor, long id, PostStatus decision) {
		if (!editor.isEditor()) {
			throw ProblemException.forbidden("Only editors and admins review posts");
		}
		var post = manageable(editor, id);
		if (post.status() != PostStatus.PENDING_REVIEW) {
			throw ProblemException.conflict("Post " + id + " is " + post.status() + ", no longer pending review");
		}
		return moveTo(editor, post, decision);
	}

	/** Posts submitted for review, the longest waiting first. */
	List<Post> pendingReview() {
		return posts.findByStatus(PostStatus.PENDING_REVIEW, 100);
	}

	/** Saves the post as it is, in another status, through every check of an edit. */
	private Post moveTo(CurrentUser user, Post post, PostStatus status) {
		return update(user, post.id(), PostRequest.of(post, taxonomy.termsOf(post.id())).withStatus(status));
	}

	/**
	 * Contributors may save drafts and submit them, never publish or schedule: a 403 that
	 * says so, before anything is stored.
	 */
	private static void requireStatusAllowed(CurrentUser user, PostStatus status) {
		if (!user.maySetStatus(status)) {
			throw ProblemException.forbidden("status: a contributor cannot make a post " + status
					+ "; save it as DRAFT and submit it for review (POST /api/posts/{id}/submit),"
					+ " an editor publishes it");
		}
	}

	PostPage published(Optional<PostCursor> after) {
		return posts.findPublished(after, PublicPages.PAGE_SIZE);
	}

	List<Post> byAuthor(CurrentUser user) {
		return posts.findByAuthor(user.id(), 100);
	}

	private PostContent render(PostRequest request) {
		saves.checkSchedule(request);
		var html = markdown.toSafeHtml(request.markdown());
		return new PostContent(request.title().strip(), request.markdown(), html, markdown.excerpt(html, EXCERPT_CHARS),
				request.status(), request.publishAt());
	}

}
