package org.beanpress.web.post;

import java.time.Instant;
import java.util.List;

import org.beanpress.core.post.Post;
import org.beanpress.core.post.PostStatus;
import org.beanpress.core.taxonomy.PostTerms;

/**
 * A post as the API shows it.
 *
 * @param publishAt when a SCHEDULED post will be published (null otherwise)
 * @param categories the slugs of its categories
 * @param tags the slugs of its tags
 */
record PostView(long id, String slug, String url, String title, PostStatus status, String author, String excerpt,
		String html, String markdown, Instant createdAt, Instant updatedAt, Instant publishedAt, int version,
		Instant publishAt, Long featuredMediaId, List<String> categories, List<String> tags) {

	static PostView of(Post post, PostTerms terms) {
		return of(post, post.html(), terms);
	}

	/** With the body as rendered for showing (responsive images). */
	static PostView of(Post post, String html, PostTerms terms) {
		return new PostView(post.id(), post.slug(), "/posts/" + post.slug(), post.title(), post.status(),
				post.authorName(), post.excerpt(), html, post.markdown(), post.createdAt(), post.updatedAt(),
				post.publishedAt(), post.version(), post.publishAt(), post.featuredMediaId(), terms.categorySlugs(),
				terms.tagSlugs());
	}

}
