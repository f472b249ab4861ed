package org.beanpress.web.post;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.beanpress.core.post.PostStatus;

/**
 * What an author sends to create or edit a post.
 *
 * @param version the version the author edited, for PUT: a stale one is refused so no
 * edit is lost (optional)
 * @param featuredMediaId the media shown as the post's featured image: the author's own
 * (any media for an admin); null for none
 */
public record PostRequest(
		@NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String title,
		@NotNull(message = "is required") @Size(max = 200_000,
				message = "must be at most 200000 characters") String markdown,
		@NotNull(message = "is required (DRAFT or PUBLISHED)") PostStatus status, Integer version,
		Long featuredMediaId) {
}
