package org.beanpress.web.abuse;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.beanpress.core.comment.CommentProperties;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the comments a client address posts, whoever is signed in, like the sign-up
 * limit: an attempt takes a token first and gives it back unless a comment was stored
 * (201), so refused comments do not count and parallel posts cannot overtake the count.
 */
class CommentLimitFilter extends OncePerRequestFilter {

	private static final RequestMatcher COMMENTS = PathPatternRequestMatcher.pathPattern(HttpMethod.POST,
			"/api/posts/*/comments");

	private final RateLimiter limiter;

	private final CommentProperties limits;

	private final Refusals refusals;

	CommentLimitFilter(RateLimiter limiter, CommentProperties limits, Refusals refusals) {
		this.limiter = limiter;
		this.limits = limits;
		this.refusals = refusals;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !COMMENTS.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var attempt = limiter.attempt(List.of(new RateLimiter.Limit("comment:address:" + request.getRemoteAddr(),
				limits.perAddress(), limits.window())));
		if (attempt.refused()) {
			refusals.tooManyProblem(response, attempt.retryAfter(), "Too many comments from this address (at most "
					+ limits.perAddress() + " per " + limits.window().toMinutes() + " minutes" + ")");
			return;
		}
		var stored = false;
		try {
			chain.doFilter(request, response);
			stored = response.getStatus() == HttpStatus.CREATED.value();
		}
		finally {
			if (!stored) {
				attempt.giveBack();
			}
		}
	}

}
