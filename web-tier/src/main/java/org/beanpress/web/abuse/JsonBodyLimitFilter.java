package org.beanpress.web.abuse;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.beanpress.web.system.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses JSON bodies over the limit with 413 before they are parsed: at once when the
 * Content-Length says so, else (chunked) when the bytes read pass the limit, which fails
 * the request before any handler stores anything. Uploads (multipart) have their own
 * limit.
 */
class JsonBodyLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final Refusals refusals;

	JsonBodyLimitFilter(AbuseProperties limits, Refusals refusals) {
		this.maxBytes = limits.maxJsonBody().toBytes();
		this.refusals = refusals;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !isJson(request.getContentType());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > maxBytes) {
			refusals.problem(response, HttpStatus.CONTENT_TOO_LARGE, tooLarge());
			return;
		}
		chain.doFilter(new LimitedRequest(request), response);
	}

	private String tooLarge() {
		return "The JSON body is larger than the limit of " + maxBytes + " bytes";
	}

	private static boolean isJson(String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			var type = MediaType.parseMediaType(contentType);
			return MediaType.APPLICATION_JSON.isCompatibleWith(type) || type.getSubtype().endsWith("+json");
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private final class LimitedRequest extends HttpServletRequestWrapper {

		private ServletInputStream body;

		LimitedRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (body == null) {
				body = new LimitedStream(super.getInputStream());
			}
			return body;
		}

	}

	/**
	 * Counts what is read and fails past the limit with a problem (413) that the API's
	 * exception handler answers: a RuntimeException, so the JSON parser passes it on.
	 */
	private final class LimitedStream extends ServletInputStream {

		private final ServletInputStream in;

		private long read;

		LimitedStream(ServletInputStream in) {
			this.in = in;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			count(b < 0 ? 0 : 1);
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			count(Math.max(n, 0));
			return n;
		}

		private void count(int n) {
			read += n;
			if (read > maxBytes) {
				throw new ProblemException(HttpStatus.CONTENT_TOO_LARGE, tooLarge());
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}

	}

}
