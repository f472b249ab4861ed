package org.beanpress.core.media;

import java.time.Instant;

/**
 * An uploaded image: the original is kept as uploaded under an immutable,
 * content-addressed key.
 */
public record Media(long id, long ownerId, String originalKey, String originalFilename, String contentType, long bytes,
		int width, int height, String sha256, MediaStatus status, String failureReason, Instant createdAt,
		Instant updatedAt) {
}
