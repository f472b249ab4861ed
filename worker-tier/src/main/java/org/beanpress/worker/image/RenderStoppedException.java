package org.beanpress.worker.image;

/**
 * The render's thread was interrupted because the render ran out of time: it stops at the
 * next decoded row, stripe or variant, so that its thread ends and its pixels can be
 * collected instead of working on for nobody.
 */
final class RenderStoppedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	RenderStoppedException() {
		// thrown once per stopped render; the stack trace would say nothing
		super("render stopped", null, false, false);
	}

	/**
	 * Throws if the current thread was interrupted, leaving its interrupt status set so
	 * that every later check stops too.
	 */
	static void check() {
		if (Thread.currentThread().isInterrupted()) {
			throw new RenderStoppedException();
		}
	}

}
