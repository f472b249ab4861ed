package org.beanpress.core.media;

/**
 * Thrown by {@link ImageProbe} when a file announces a supported image format by its
 * magic bytes but its header is truncated, inconsistent or declares impossible values (a
 * zero width, a segment longer than the file, ...).
 * <p>
 * The message is written for the person who uploaded the file and never contains any of
 * the file's bytes, its name or its path.
 */
public class MalformedImageException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public MalformedImageException(String message) {
		super(message);
	}

}
