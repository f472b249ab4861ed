package org.beanpress.core.storage;

/** The upload went past the byte limit; nothing of it is kept. */
public class UploadTooLargeException extends RuntimeException {

	public UploadTooLargeException(long limitBytes) {
		super("The file is larger than the limit of " + limitBytes + " bytes (" + (limitBytes / (1024 * 1024))
				+ " MiB)");
	}

}
