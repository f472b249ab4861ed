package org.beanpress.core.media;

/** What the web tier knows of an upload once it is stored and probed. */
public record NewMedia(long ownerId, MediaKey originalKey, String originalFilename, ImageInfo image, long bytes,
		String sha256) {
}
