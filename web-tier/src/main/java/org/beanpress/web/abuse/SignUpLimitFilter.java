package org.beanpress.web.abuse;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the accounts a client address creates, through the API or the form. An attempt
 * takes a token first and gives it back unless an account was made (201 from the API, the
 * form's redirect), so that typing mistakes do not count and parallel requests cannot
 * overtake the count. Runs after Spring Security ({@link AbuseFilters}), so forged form
 * posts never reach it.
 */
class SignUpLimitFilter extends OncePerRequestFilter {

	private static final RequestMatcher SIGN_UPS = new OrRequestMatcher(
			PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/accounts"),
			PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/signup"));

	private final RateLimiter limiter;

	private final AbuseProperties limits;

	private final Refusals refusals;

	SignUpLimitFilter(RateLimiter limiter, AbuseProperties limits, Refusals refusals) {
		this.limiter = limiter;
		this.limits = limits;
		this.refusals = refusals;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !SIGN_UPS.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var attempt = limiter.attempt(List.of(new RateLimiter.Limit("signup:address:" + request.getRemoteAddr(),
				limits.signUpsPerAddress(), limits.signUpWindow())));
		if (attempt.refused()) {
			if (request.getRequestURI().startsWith("/api/")) {
				refusals.tooManyProblem(response, attempt.retryAfter());
			}
			else {
				refusals.tooManyPage(request, response, "error", attempt.retryAfter());
			}
			return;
		}
		var created = false;
		try {
			chain.doFilter(request, response);
			created = response.getStatus() == HttpStatus.CREATED.value()
					|| response.getStatus() == HttpStatus.FOUND.value();
		}
		finally {
			if (!created) {
				attempt.giveBack();
			}
		}
	}

}
