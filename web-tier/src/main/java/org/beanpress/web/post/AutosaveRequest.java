package org.beanpress.web.post;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the editor autosaves while the author types: the text only (not the status), as a
 * draft copy beside the post.
 *
 * @param version the post version the text was edited from (optional; for an existing
 * post a stale one is refused with 409, as on save)
 */
record AutosaveRequest(
		@NotNull(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String title,
		@NotNull(message = "is required") @Size(max = 200_000,
				message = "must be at most 200000 characters") String markdown,
		Integer version) {
}
