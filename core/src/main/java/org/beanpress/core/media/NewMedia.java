package org.beanpress.core.media;

/** What the web tier knows of an upload once it is stored and probed. */
public record NewMedia(long ownerId, String originalKey, String originalFilename, ImageType type, long bytes, int width,
		int height, String sha256) {
}
