package org.beanpress.core.media;

import java.util.Arrays;
import java.util.Optional;

/**
 * The raster image formats Beanpress accepts. The type of an uploaded file is decided by
 * {@link ImageProbe} from its magic bytes only, never from its file name or the
 * Content-Type the client sent.
 */
public enum ImageType {

	JPEG("image/jpeg", "jpg"),

	PNG("image/png", "png"),

	GIF("image/gif", "gif"),

	WEBP("image/webp", "webp");

	private final String mediaType;

	private final String extension;

	ImageType(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	/**
	 * The IANA media type to serve the image with, e.g. {@code image/jpeg}.
	 * @return the media type
	 */
	public String mediaType() {
		return this.mediaType;
	}

	/**
	 * The canonical file name extension, without the dot, e.g. {@code jpg}.
	 * @return the extension
	 */
	public String extension() {
		return this.extension;
	}

	/** The type whose {@link #extension()} this is. */
	public static Optional<ImageType> ofExtension(String extension) {
		return Arrays.stream(values()).filter(type -> type.extension.equals(extension)).findFirst();
	}

	/** The type whose {@link #mediaType()} this is, as stored with each media item. */
	public static Optional<ImageType> ofMediaType(String mediaType) {
		return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst();
	}

}
