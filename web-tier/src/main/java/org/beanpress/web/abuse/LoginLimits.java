package org.beanpress.web.abuse;

import java.util.Optional;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpMethod;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * The log-in limits for the security chains: one filter for the log-in form, one for HTTP
 * Basic (how scripts get a token).
 */
@Component
public class LoginLimits {

	private static final RequestMatcher LOGIN_FORM = PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/login");

	private static final BasicAuthenticationConverter BASIC = new BasicAuthenticationConverter();

	private final RateLimiter limiter;

	private final AbuseProperties limits;

	private final Refusals refusals;

	LoginLimits(RateLimiter limiter, AbuseProperties limits, Refusals refusals) {
		this.limiter = limiter;
		this.limits = limits;
		this.refusals = refusals;
	}

	/** For the page chain, before its UsernamePasswordAuthenticationFilter. */
	public Filter form() {
		return new LoginLimitFilter(LoginLimits::formUsername, limiter, limits,
				(request, response, retryAfter) -> refusals.tooManyPage(request, response, "login", retryAfter));
	}

	/** For the token chain, before its BasicAuthenticationFilter. */
	public Filter basic() {
		return new LoginLimitFilter(LoginLimits::basicUsername, limiter, limits,
				(request, response, retryAfter) -> refusals.tooManyProblem(response, retryAfter));
	}

	private static Optional<String> formUsername(HttpServletRequest request) {
		return LOGIN_FORM.matches(request) ? Optional.ofNullable(request.getParameter("username")) : Optional.empty();
	}

	private static Optional<String> basicUsername(HttpServletRequest request) {
		try {
			return Optional.ofNullable(BASIC.convert(request)).map(token -> token.getName());
		}
		catch (AuthenticationException ex) {
			// malformed: the Basic filter refuses it without checking a password
			return Optional.empty();
		}
	}

}
