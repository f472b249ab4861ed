package org.beanpress.web.post;

import java.time.Instant;

import org.beanpress.core.post.Post;
import org.beanpress.core.post.PostStatus;

/**
 * A post as the API shows it.
 *
 * @param publishAt when a SCHEDULED post will be published (null otherwise)
 */
record PostView(long id, String slug, String url, String title, PostStatus status, String author, String excerpt,
		String html, String markdown, Instant createdAt, Instant updatedAt, Instant publishedAt, int version,
		Instant publishAt, Long featuredMediaId) {

	static PostView of(Post post) {
		return of(post, post.html());
	}

	/** With the body as rendered for showing (responsive images). */
	static PostView of(Post post, String html) {
		return new PostView(post.id(), post.slug(), "/posts/" + post.slug(), post.title(), post.status(),
				post.authorName(), post.excerpt(), html, post.markdown(), post.createdAt(), post.updatedAt(),
				post.publishedAt(), post.version(), post.publishAt(), post.featuredMediaId());
	}

}
