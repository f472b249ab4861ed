package org.beanpress.core.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Where the next page of published posts starts: the (published_at, id) of the last post
 * shown. Keyset pagination, so the cost of a page does not grow with how deep it is.
 */
public record PostCursor(Instant publishedAt, long id) {

	public static PostCursor after(Post post) {
		return new PostCursor(post.publishedAt(), post.id());
	}

	public String encode() {
		var raw = publishedAt.getEpochSecond() + "." + publishedAt.getNano() + "." + id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * Reads a cursor from a link; anything that is not one of ours is treated as absent
	 * (first page).
	 */
	public static Optional<PostCursor> decode(String token) {
		if (token == null || token.isBlank() || token.length() > 64) {
			return Optional.empty();
		}
		try {
			var parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII).split("\\.");
			if (parts.length != 3) {
				return Optional.empty();
			}
			var at = Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
			return Optional.of(new PostCursor(at, Long.parseLong(parts[2])));
		}
		catch (IllegalArgumentException | java.time.DateTimeException ex) {
			return Optional.empty();
		}
	}

}
