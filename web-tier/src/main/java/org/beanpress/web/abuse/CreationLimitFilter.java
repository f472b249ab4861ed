package org.beanpress.web.abuse;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts what a client address creates (accounts, comments). An attempt takes a token
 * first and gives it back unless the request created something, so that refused or
 * mistaken requests do not count and parallel requests cannot overtake the count. Runs
 * after Spring Security ({@link AbuseFilters}), so forged form posts never reach it.
 */
abstract class CreationLimitFilter extends OncePerRequestFilter {

	private final RequestMatcher requests;

	private final RateLimiter limiter;

	CreationLimitFilter(RequestMatcher requests, RateLimiter limiter) {
		this.requests = requests;
		this.limiter = limiter;
	}

	/** The bucket this request's address draws from. */
	abstract RateLimiter.Limit limit(HttpServletRequest request);

	/** Answers a refused request: 429 with {@code retryAfter} and a reason. */
	abstract void refuse(HttpServletRequest request, HttpServletResponse response, Duration retryAfter)
			throws IOException;

	/** Whether the answer says something was created, so the token stays taken. */
	abstract boolean created(HttpServletResponse response);

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !requests.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var attempt = limiter.attempt(List.of(limit(request)));
		if (attempt.refused()) {
			refuse(request, response, attempt.retryAfter());
			return;
		}
		var created = false;
		try {
			chain.doFilter(request, response);
			created = created(response);
		}
		finally {
			if (!created) {
				attempt.giveBack();
			}
		}
	}

}
