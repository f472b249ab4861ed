package org.beanpress.web.abuse;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.beanpress.core.comment.CommentProperties;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Counts the comments a client address posts, whoever is signed in, like the sign-up
 * limit: only a stored comment (201) counts.
 */
class CommentLimitFilter extends CreationLimitFilter {

	private final CommentProperties limits;

	private final Refusals refusals;

	CommentLimitFilter(RateLimiter limiter, CommentProperties limits, Refusals refusals) {
		super(PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/posts/*/comments"), limiter);
		this.limits = limits;
		this.refusals = refusals;
	}

	@Override
	RateLimiter.Limit limit(HttpServletRequest request) {
		return new RateLimiter.Limit("comment:address:" + request.getRemoteAddr(), limits.perAddress(),
				limits.window());
	}

	@Override
	void refuse(HttpServletRequest request, HttpServletResponse response, Duration retryAfter) throws IOException {
		refusals.tooManyProblem(response, retryAfter, "Too many comments from this address (at most "
				+ limits.perAddress() + " per " + limits.window().toMinutes() + " minutes)");
	}

	@Override
	boolean created(HttpServletResponse response) {
		return response.getStatus() == HttpStatus.CREATED.value();
	}

}
