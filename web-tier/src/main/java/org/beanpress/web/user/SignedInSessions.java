package org.beanpress.web.user;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.beanpress.core.user.UserRepository;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends sessions signed in under an account's old password or role. A session keeps the
 * {@link CurrentUser} of its sign-in; at each request the account's credentials version
 * is read (one primary-key lookup, from the writer) and a session that carries an older
 * one, or whose account is gone, is invalidated before anything else sees it. This works
 * on every instance at once, because the version lives in the database.
 */
@Component
class SignedInSessions {

	private final UserRepository users;

	private final HttpSessionSecurityContextRepository sessionContexts = new HttpSessionSecurityContextRepository();

	SignedInSessions(UserRepository users) {
		this.users = users;
	}

	/**
	 * The check, to run right after the security context is loaded from the session and
	 * before any other authentication (bearer, Basic) sets one. Not a bean, so the
	 * servlet container does not also run it outside the security chains.
	 */
	OncePerRequestFilter filter() {
		return new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				endIfStale(request);
				chain.doFilter(request, response);
			}

		};
	}

	private void endIfStale(HttpServletRequest request) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
			return;
		}
		var version = users.findCredentialsVersion(user.id());
		if (version.isPresent() && version.get() == user.credentialsVersion()) {
			return;
		}
		SecurityContextHolder.clearContext();
		var session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
	}

	/**
	 * After the caller changed their own credentials: keeps the session this request came
	 * with signed in, under the new version, when it is the same account's. Other
	 * sessions end at their next request.
	 */
	void keepSignedIn(CurrentUser updated, HttpServletRequest request, HttpServletResponse response) {
		if (request.getSession(false) == null) {
			return;
		}
		var stored = sessionContexts.loadDeferredContext(request).get().getAuthentication();
		if (stored == null || !(stored.getPrincipal() instanceof CurrentUser signedIn)
				|| signedIn.id() != updated.id()) {
			return;
		}
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
		sessionContexts.saveContext(context, request, response);
	}

}
