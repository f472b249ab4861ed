package org.beanpress.core.media;

/**
 * Thrown by {@link ImageProbe} when a file is not one of the supported image formats
 * ({@link ImageType}): another image format, a document, an archive, text, an empty file.
 * <p>
 * The message is written for the person who uploaded the file and never contains any of
 * the file's bytes, its name or its path.
 */
public class UnsupportedImageException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public UnsupportedImageException(String message) {
		super(message);
	}

}
