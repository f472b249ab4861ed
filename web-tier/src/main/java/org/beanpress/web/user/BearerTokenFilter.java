package org.beanpress.web.user;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer bp_...}. Nothing is
 * stored in a session: every request presents its token. Not a bean, so the servlet
 * container does not also register it outside the security chain.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final TokenService tokens;

	private final AuthenticationEntryPoint entryPoint;

	BearerTokenFilter(TokenService tokens, AuthenticationEntryPoint entryPoint) {
		this.tokens = tokens;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		try {
			var user = tokens.authenticate(header.substring(BEARER.length()).trim());
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
			SecurityContextHolder.setContext(context);
		}
		catch (InvalidTokenException ex) {
			SecurityContextHolder.clearContext();
			entryPoint.commence(request, response, ex);
			return;
		}
		chain.doFilter(request, response);
	}

	static boolean hasBearer(HttpServletRequest request) {
		var header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
	}

}
