package org.beanpress.web.post;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.beanpress.core.post.PostStatus;

/**
 * What an author sends to create or edit a post.
 *
 * @param version the version the author edited, for PUT: a stale one is refused so no
 * edit is lost (optional)
 * @param categories slugs of existing categories; none means "uncategorized"
 * @param tags tag names; a tag that does not exist yet is created
 */
public record PostRequest(
		@NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String title,
		@NotNull(message = "is required") @Size(max = 200_000,
				message = "must be at most 200000 characters") String markdown,
		@NotNull(message = "is required (DRAFT or PUBLISHED)") PostStatus status, Integer version,
		@Size(max = 20,
				message = "must name at most 20 categories") List<@Size(max = 190,
						message = "must each be at most 190 characters") String> categories,
		@Size(max = 20, message = "must be at most 20 tags") List<@Size(max = 50,
				message = "must each be at most 50 characters") String> tags) {
}
