package org.beanpress.worker.system;

/**
 * What an {@link HttpEndpoint} answers: a status and a body written as JSON.
 *
 * @param contentType {@code application/json}, or {@code application/problem+json} for an
 * RFC 9457 problem
 */
public record HttpReply(int status, Object body, String contentType) {

	static final String JSON = "application/json";

	static final String PROBLEM_JSON = "application/problem+json";

	public static HttpReply ok(Object body) {
		return new HttpReply(200, body, JSON);
	}

	public static HttpReply json(int status, Object body) {
		return new HttpReply(status, body, JSON);
	}

	/** An RFC 9457 problem whose detail tells the client what was wrong. */
	public static HttpReply problem(int status, String detail) {
		return new HttpReply(status, new Problem("about:blank", title(status), status, detail), PROBLEM_JSON);
	}

	private static String title(int status) {
		return switch (status) {
			case 400 -> "Bad Request";
			case 403 -> "Forbidden";
			case 404 -> "Not Found";
			case 405 -> "Method Not Allowed";
			case 409 -> "Conflict";
			case 503 -> "Service Unavailable";
			default -> (status >= 500) ? "Internal Server Error" : "Error";
		};
	}

	record Problem(String type, String title, int status, String detail) {
	}

}
