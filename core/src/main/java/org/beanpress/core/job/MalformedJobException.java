package org.beanpress.core.job;

/**
 * A message that is not a job this system can read: retrying it cannot help, so it goes
 * to the DLQ at once.
 */
public class MalformedJobException extends RuntimeException {

	public MalformedJobException(String message) {
		super(message);
	}

	public MalformedJobException(String message, Throwable cause) {
		super(message, cause);
	}

}
