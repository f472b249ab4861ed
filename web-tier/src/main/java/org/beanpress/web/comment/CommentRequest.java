package org.beanpress.web.comment;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A comment as a reader sends it. {@code name} and {@code email} are for anonymous
 * readers (ignored for accounts); {@code website} is the honeypot: people leave it empty
 * (the page hides it), robots fill it in.
 */
record CommentRequest(@NotBlank(message = "must not be empty") String body, Long parentId, @Size(max = 80) String name,
		@Email @Size(max = 254) String email, String website) {

	boolean caughtInHoneypot() {
		return website != null && !website.isEmpty();
	}

}
