package org.beanpress.worker.system;

import java.net.InetAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import com.sun.net.httpserver.Headers;

/**
 * One request to an {@link HttpEndpoint}.
 *
 * @param subPath the decoded path below the endpoint's own: empty, or starting with
 * {@code /}
 * @param rawQuery the query string as sent, or {@code null}
 */
public record HttpCall(String subPath, String rawQuery, Headers headers, InetAddress remoteAddress) {

	/** The first value of a header (names are case-insensitive), or {@code null}. */
	public String header(String name) {
		return headers.getFirst(name);
	}

	/** Every value of a query parameter, decoded, in the order sent. */
	public List<String> queryValues(String name) {
		if (rawQuery == null || rawQuery.isEmpty()) {
			return List.of();
		}
		return Arrays.stream(rawQuery.split("&"))
			.map(pair -> pair.split("=", 2))
			.filter(pair -> decode(pair[0]).equals(name))
			.map(pair -> (pair.length == 2) ? decode(pair[1]) : "")
			.toList();
	}

	/**
	 * Whether the request comes from this machine (the worker daemon reaches the
	 * application through nginx).
	 */
	public boolean isLocal() {
		return remoteAddress.isLoopbackAddress();
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

}
