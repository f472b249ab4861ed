package org.beanpress.web.media;

import jakarta.validation.constraints.Size;

import org.beanpress.core.media.Media;

/**
 * What {@code PATCH /api/media/{id}} changes: a field left out (or null) stays as it is,
 * an empty one is cleared.
 *
 * @param altText what the image shows, for readers who cannot see it
 * @param caption shown under the image where it stands alone in its paragraph
 */
record MediaTextRequest(
		@Size(max = Media.MAX_ALT_TEXT,
				message = "must be at most " + Media.MAX_ALT_TEXT + " characters") String altText,
		@Size(max = Media.MAX_CAPTION,
				message = "must be at most " + Media.MAX_CAPTION + " characters") String caption) {
}
