package org.beanpress.web.abuse;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.beanpress.core.user.Usernames;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts log-ins per account (its canonical username, so every spelling of a name shares
 * one budget) and per client address, before the password is checked: each attempt takes
 * a token from both buckets and a good log-in gives them back, so only failures count,
 * and parallel guesses cannot overtake the count. Over a limit the answer is the same
 * whether the password is right or the account exists. Not a bean: it runs inside a
 * security chain, before its authentication filter.
 */
class LoginLimitFilter extends OncePerRequestFilter {

	/** Writes the refusal: a problem for scripts, the log-in page for browsers. */
	interface Refusal {

		void refuse(HttpServletRequest request, HttpServletResponse response, Duration retryAfter) throws IOException;

	}

	private final Function<HttpServletRequest, Optional<String>> username;

	private final RateLimiter limiter;

	private final AbuseProperties limits;

	private final Refusal refusal;

	LoginLimitFilter(Function<HttpServletRequest, Optional<String>> username, RateLimiter limiter,
			AbuseProperties limits, Refusal refusal) {
		this.username = username;
		this.limiter = limiter;
		this.limits = limits;
		this.refusal = refusal;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var name = username.apply(request);
		if (name.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		var window = limits.loginWindow();
		var attempt = limiter.attempt(List.of(
				new RateLimiter.Limit("login:account:" + Usernames.canonical(name.get()),
						limits.failedLoginsPerAccount(), window),
				new RateLimiter.Limit("login:address:" + request.getRemoteAddr(), limits.failedLoginsPerAddress(),
						window)));
		if (attempt.refused()) {
			refusal.refuse(request, response, attempt.retryAfter());
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (loggedIn()) {
				attempt.giveBack();
			}
		}
	}

	private static boolean loggedIn() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

}
