package org.beanpress.core.page;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.beanpress.core.cache.CacheKeys;
import org.beanpress.core.comment.PostComments;
import org.beanpress.core.post.Post;
import org.beanpress.core.post.PostCursor;
import org.beanpress.core.post.PostPage;
import org.beanpress.core.post.PostRepository;
import org.beanpress.core.site.PageHeads;
import org.beanpress.core.taxonomy.TermKind;
import org.beanpress.core.taxonomy.TermRepository;
import org.beanpress.core.user.UserRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The pages anonymous readers get: the front page, archive pages and post pages, the same
 * bytes whether the web tier renders them on a cache miss or the worker tier renders them
 * ahead (cache warming). They carry nothing per user (no CSRF token, no name), which is
 * what makes them shareable, and need no request to render.
 */
@Component
public class PublicPages {

	/** Posts per page of the front page (WordPress's posts_per_page). */
	public static final int PAGE_SIZE = 10;

	private final ITemplateEngine templates;

	private final PostRepository posts;

	private final ResponsiveImages images;

	private final PageCache cache;

	private final FeaturedImages featured;

	private final PageHeads heads;

	private final TermRepository terms;

	private final UserRepository users;

	private final PostComments comments;

	public PublicPages(ITemplateEngine templates, PostRepository posts, ResponsiveImages images, PageCache cache,
			FeaturedImages featured, PageHeads heads, TermRepository terms, UserRepository users,
			PostComments comments) {
		this.templates = templates;
		this.posts = posts;
		this.images = images;
		this.cache = cache;
		this.featured = featured;
		this.heads = heads;
		this.terms = terms;
		this.users = users;
		this.comments = comments;
	}

	/** A page and where it came from. */
	public record Page(String html, boolean fromCache) {
	}

	/**
	 * The post page: from the cache, else rendered and cached. Empty when no published
	 * post has the slug.
	 */
	@Transactional(readOnly = true)
	public Optional<Page> post(String slug) {
		var cached = cache.get(CacheKeys.post(slug));
		if (cached.isPresent()) {
			return Optional.of(new Page(cached.get(), true));
		}
		return posts.findBySlug(slug).filter(Post::isPublished).map(post -> new Page(renderAndCache(post), false));
	}

	/** The first page of the front page: from the cache, else rendered and cached. */
	@Transactional(readOnly = true)
	public Page frontPage() {
		var cached = cache.get(CacheKeys.frontPage());
		if (cached.isPresent()) {
			return new Page(cached.get(), true);
		}
		var html = renderFrontPage(Optional.empty());
		cache.put(CacheKeys.frontPage(), html);
		return new Page(html, false);
	}

	/** An older page of the front page, rendered every time: few readers go there. */
	@Transactional(readOnly = true)
	public String olderPage(PostCursor after) {
		return renderFrontPage(Optional.of(after));
	}

	/**
	 * The first page of an archive: from the cache, else rendered and cached. Empty when
	 * there is no such category, tag or author (nothing is cached for it then).
	 */
	@Transactional(readOnly = true)
	public Optional<Page> archive(Archive archive) {
		var cached = cache.get(archive.cacheKey());
		if (cached.isPresent()) {
			return Optional.of(new Page(cached.get(), true));
		}
		return archiveModel(archive, Optional.empty()).map(model -> {
			var html = render("index", model);
			cache.put(archive.cacheKey(), html);
			return new Page(html, false);
		});
	}

	/** An older page of an archive, rendered every time like the front page's. */
	@Transactional(readOnly = true)
	public Optional<String> olderArchivePage(Archive archive, PostCursor after) {
		return archiveModel(archive, Optional.of(after)).map(model -> render("index", model));
	}

	/**
	 * What the list template shows for one page of an archive, newest first (keyset
	 * pagination); empty when there is no such category or tag, or no such author with a
	 * published post.
	 */
	@Transactional(readOnly = true)
	public Optional<Map<String, Object>> archiveModel(Archive archive, Optional<PostCursor> after) {
		return switch (archive.kind()) {
			case AUTHOR -> users.findByUsername(archive.name())
				.filter(user -> posts.hasPublishedPosts(user.id()))
				.map(user -> listModel("Posts by " + user.username(), archive, user.username(),
						posts.findPublishedByAuthor(user.id(), after, PAGE_SIZE), after));
			case CATEGORY -> terms.findBySlug(TermKind.CATEGORY, archive.name())
				.map(term -> listModel("Category: " + term.name(), archive, term.name(),
						posts.findPublishedWithTerm(term.id(), after, PAGE_SIZE), after));
			case TAG -> terms.findBySlug(TermKind.TAG, archive.name())
				.map(term -> listModel("Tag: " + term.name(), archive, term.name(),
						posts.findPublishedWithTerm(term.id(), after, PAGE_SIZE), after));
		};
	}

	private Map<String, Object> listModel(String heading, Archive archive, String name, PostPage page,
			Optional<PostCursor> after) {
		return Map.of("heading", heading, "path", archive.path(), "posts", page.posts(), "older",
				page.next().map(PostCursor::encode).orElse(""), "thumbnails", featured.forPosts(page.posts()),
				"pageHead", after.isEmpty() ? heads.archive(archive.feeds(name)) : heads.olderPage(), "commentCounts",
				comments.counts(page.posts()));
	}

	/**
	 * Renders an archive's first page into the cache ahead of readers, or removes it if
	 * the category, tag or author is gone. Reads from the writer, as
	 * {@link #warmPost(long, String)} does.
	 */
	public void warmArchive(Archive archive) {
		archiveModel(archive, Optional.empty()).ifPresentOrElse(
				model -> cache.put(archive.cacheKey(), render("index", model)),
				() -> cache.evictArchives(List.of(archive)));
	}

	/**
	 * Renders a post's page into the cache ahead of readers, or removes it if the post is
	 * gone or not published. Warming reads from the writer (no read-only transaction): it
	 * runs because something just changed, and a reader a few milliseconds behind would
	 * put the old page back for an hour.
	 */
	public void warmPost(long postId, String slug) {
		posts.findById(postId)
			.filter(Post::isPublished)
			.ifPresentOrElse(this::renderAndCache, () -> cache.evictPost(slug));
	}

	public void warmFrontPage() {
		cache.put(CacheKeys.frontPage(), renderFrontPage(Optional.empty()));
	}

	private String renderAndCache(Post post) {
		var body = images.render(post.html(), Optional.empty());
		var html = render("post", Map.of("post", post, "body", body.html(), "featured", featured.of(post), "pageHead",
				heads.post(post), "terms", terms.findPostTerms(post.id()), "comments", comments.section(post)));
		if (body.pending()) {
			cache.putBriefly(CacheKeys.post(post.slug()), html);
		}
		else {
			cache.put(CacheKeys.post(post.slug()), html);
		}
		return html;
	}

	private String renderFrontPage(Optional<PostCursor> after) {
		var page = posts.findPublished(after, PAGE_SIZE);
		return render("index", Map.of("posts", page.posts(), "older", page.next().map(PostCursor::encode).orElse(""),
				"thumbnails", featured.forPosts(page.posts()), "pageHead",
				after.isEmpty() ? heads.front() : heads.olderPage(), "commentCounts", comments.counts(page.posts())));
	}

	private String render(String template, Map<String, Object> model) {
		var context = new Context();
		context.setVariables(model);
		context.setVariable("viewer", Optional.empty());
		return templates.process(template, context);
	}

}
