package org.beanpress.web.abuse;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Counts the accounts a client address creates, through the API (201) or the form (its
 * redirect), so that typing mistakes do not count.
 */
class SignUpLimitFilter extends CreationLimitFilter {

	private final AbuseProperties limits;

	private final Refusals refusals;

	SignUpLimitFilter(RateLimiter limiter, AbuseProperties limits, Refusals refusals) {
		super(new OrRequestMatcher(PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/accounts"),
				PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/signup")), limiter);
		this.limits = limits;
		this.refusals = refusals;
	}

	@Override
	RateLimiter.Limit limit(HttpServletRequest request) {
		return new RateLimiter.Limit("signup:address:" + request.getRemoteAddr(), limits.signUpsPerAddress(),
				limits.signUpWindow());
	}

	@Override
	void refuse(HttpServletRequest request, HttpServletResponse response, Duration retryAfter) throws IOException {
		if (request.getRequestURI().startsWith("/api/")) {
			refusals.tooManyProblem(response, retryAfter);
		}
		else {
			refusals.tooManyPage(request, response, "error", retryAfter);
		}
	}

	@Override
	boolean created(HttpServletResponse response) {
		return response.getStatus() == HttpStatus.CREATED.value() || response.getStatus() == HttpStatus.FOUND.value();
	}

}
