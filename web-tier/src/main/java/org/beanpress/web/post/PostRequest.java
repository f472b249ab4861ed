package org.beanpress.web.post;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.beanpress.core.post.Post;
import org.beanpress.core.post.PostStatus;
import org.beanpress.core.taxonomy.PostTerms;
import org.beanpress.core.taxonomy.Term;

/**
 * What an author sends to create or edit a post.
 *
 * @param version the version the author edited, for PUT: a stale one is refused so no
 * edit is lost (optional)
 * @param publishAt for status SCHEDULED, when the post is to be published (required then,
 * and in the future); ignored otherwise
 * @param featuredMediaId the media shown as the post's featured image: the author's own
 * (any media for an admin); null for none
 * @param categories slugs of existing categories; none means "uncategorized"
 * @param tags tag names; a tag that does not exist yet is created
 */
public record PostRequest(
		@NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String title,
		@NotNull(message = "is required") @Size(max = 200_000,
				message = "must be at most 200000 characters") String markdown,
		@NotNull(message = "is required (DRAFT, PUBLISHED, SCHEDULED or PENDING_REVIEW)") PostStatus status,
		Integer version, Instant publishAt, Long featuredMediaId,
		@Size(max = 20,
				message = "must name at most 20 categories") List<@Size(max = 190,
						message = "must each be at most 190 characters") String> categories,
		@Size(max = 20, message = "must be at most 20 tags") List<@Size(max = 50,
				message = "must each be at most 50 characters") String> tags) {

	/** An empty new post, as the editor starts it. */
	static PostRequest blank() {
		return new PostRequest("", "", PostStatus.DRAFT, null, null, null, List.of(), List.of());
	}

	/** A post as stored, for editing it. */
	static PostRequest of(Post post, PostTerms terms) {
		return new PostRequest(post.title(), post.markdown(), post.status(), post.version(), post.publishAt(),
				post.featuredMediaId(), terms.categorySlugs(), terms.tags().stream().map(Term::name).toList());
	}

	/** The same request in another status, e.g. a draft submitted for review. */
	PostRequest withStatus(PostStatus other) {
		return new PostRequest(title, markdown, other, version, publishAt, featuredMediaId, categories, tags);
	}

	/**
	 * The same request with other text, e.g. an autosaved copy and the version it edited.
	 */
	PostRequest withText(String title, String markdown, Integer version) {
		return new PostRequest(title, markdown, status, version, publishAt, featuredMediaId, categories, tags);
	}

}
