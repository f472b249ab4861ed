package org.beanpress.web.abuse;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals written by filters, before any controller: RFC 9457 problems for scripts,
 * pages for browsers.
 */
@Component
class Refusals {

	private final JsonMapper json;

	private final ThymeleafViewResolver views;

	Refusals(JsonMapper json, ThymeleafViewResolver views) {
		this.json = json;
		this.views = views;
	}

	static String tooMany(Duration retryAfter) {
		return "Too many attempts from this address or for this account; try again in " + seconds(retryAfter)
				+ " seconds";
	}

	void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), ProblemDetail.forStatusAndDetail(status, detail));
	}

	void tooManyProblem(HttpServletResponse response, Duration retryAfter) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds(retryAfter)));
		problem(response, HttpStatus.TOO_MANY_REQUESTS, tooMany(retryAfter));
	}

	/** A 429 saying which limit ({@code reason}) and how long to wait. */
	void tooManyProblem(HttpServletResponse response, Duration retryAfter, String reason) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds(retryAfter)));
		problem(response, HttpStatus.TOO_MANY_REQUESTS, reason + "; try again in " + seconds(retryAfter) + " seconds");
	}

	/**
	 * A page template with the refusal in its model, rendered as Spring MVC would (so
	 * forms get their CSRF field), for an anonymous visitor.
	 */
	void tooManyPage(HttpServletRequest request, HttpServletResponse response, String template, Duration retryAfter)
			throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds(retryAfter)));
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		try {
			views.resolveViewName(template, request.getLocale())
				.render(Map.of("viewer", Optional.empty(), "status", HttpStatus.TOO_MANY_REQUESTS.value(), "message",
						tooMany(retryAfter)), request, response);
		}
		catch (IOException | RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not render " + template, ex);
		}
	}

	/** Whole seconds, rounded up: Retry-After 0 would invite an immediate retry. */
	private static long seconds(Duration wait) {
		return Math.max(1, (wait.toMillis() + 999) / 1000);
	}

}
