package org.beanpress.worker.image;

import java.time.Duration;
import java.util.Locale;

/**
 * The image can never be processed, however often it is retried: it is corrupt, of an
 * unsupported type, over the pixel limit or too costly to render in the time limit. The
 * message is written for the person who uploaded it and never holds the file's bytes,
 * name or path.
 */
public class UnprocessableImageException extends RuntimeException {

	static final String CORRUPT = "The image data is corrupt or truncated and cannot be decoded";

	private static final long serialVersionUID = 1L;

	public UnprocessableImageException(String message) {
		super(message);
	}

	public UnprocessableImageException(String message, Throwable cause) {
		super(message, cause);
	}

	static UnprocessableImageException corrupt(Throwable cause) {
		return new UnprocessableImageException(CORRUPT, cause);
	}

	static UnprocessableImageException truncated() {
		return new UnprocessableImageException(
				"The image file is truncated: its image data ends early. Please upload the complete file");
	}

	static UnprocessableImageException overPixelLimit(int width, int height, long maxPixels) {
		return new UnprocessableImageException(String.format(Locale.ROOT,
				"The image is %,d x %,d pixels, over the pixel limit of %,d pixels; please upload a smaller image",
				width, height, maxPixels));
	}

	static UnprocessableImageException tookTooLong(Duration limit) {
		return new UnprocessableImageException("Processing the image took longer than " + limit
				+ ", the time limit for one image, and was stopped; please upload a smaller or simpler image");
	}

}
