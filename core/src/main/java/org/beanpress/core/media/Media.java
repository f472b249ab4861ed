package org.beanpress.core.media;

import java.time.Instant;
import java.util.Optional;

/**
 * An uploaded image: the original is kept as uploaded under an immutable,
 * content-addressed key.
 *
 * @param width the width as displayed (its EXIF orientation applied)
 * @param height the height as displayed
 * @param orientation the EXIF orientation its header gave, null when uploaded before it
 * was kept
 * @param progressive whether its pixels come in passes, null likewise
 * @param eightBitColour whether its pixels are 8-bit colour samples, null likewise
 * @param altText what the image shows, for readers who cannot see it; null when not given
 * @param caption shown under the image when it stands alone in its paragraph; null when
 * not given
 */
public record Media(long id, long ownerId, MediaKey originalKey, String originalFilename, String contentType,
		long bytes, int width, int height, String sha256, MediaStatus status, String failureReason, Instant createdAt,
		Instant updatedAt, Integer orientation, Boolean progressive, Boolean eightBitColour, String altText,
		String caption) {

	public static final int MAX_ALT_TEXT = 250;

	public static final int MAX_CAPTION = 1000;

	/**
	 * What the upload's header probe found; empty for media uploaded before it was kept.
	 */
	public Optional<ImageInfo> image() {
		if (this.orientation == null || this.progressive == null || this.eightBitColour == null) {
			return Optional.empty();
		}
		return Optional.of(ImageInfo.ofDisplaySize(this.originalKey.type(), this.width, this.height, this.orientation,
				this.progressive, this.eightBitColour));
	}

}
