package org.beanpress.core.media;

/** One resized copy of a media item (thumbnail, medium, large...). */
public record MediaVariant(long mediaId, String sizeName, MediaKey storageKey, int width, int height, long bytes) {
}
