package org.beanpress.worker.system;

/**
 * A path the worker answers over HTTP, with everything below it, for one method (any
 * other gets 405). Each feature contributes its own as a bean; {@link WorkerHttpServer}
 * routes to it.
 */
public abstract class HttpEndpoint {

	private final String method;

	private final String path;

	/**
	 * @param method the one method this path answers
	 * @param path the path, such as {@code /tasks}; the endpoint also answers every path
	 * below it
	 */
	protected HttpEndpoint(String method, String path) {
		this.method = method;
		this.path = path;
	}

	public final String method() {
		return method;
	}

	public final String path() {
		return path;
	}

	/**
	 * Answers one request. An exception becomes a 500 problem, so it only needs to
	 * describe the client's mistakes.
	 */
	public abstract HttpReply handle(HttpCall call);

}
