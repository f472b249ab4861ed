package org.beanpress.web.user;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Security refusals on the API as RFC 9457 problems that say how to get in. */
@Component
class ProblemResponses {

	static final String DISABLED = "This account is disabled; ask an admin to enable it";

	private final JsonMapper json;

	ProblemResponses(JsonMapper json) {
		this.json = json;
	}

	AuthenticationEntryPoint unauthorized() {
		return (request, response, ex) -> {
			response.setHeader("WWW-Authenticate", "Bearer realm=\"beanpress\"");
			write(response, HttpStatus.UNAUTHORIZED, describe(ex));
		};
	}

	/** For the one door that takes only the account's password. */
	AuthenticationEntryPoint passwordRequired() {
		return (request, response, ex) -> {
			response.setHeader("WWW-Authenticate", "Basic realm=\"beanpress\"");
			write(response, HttpStatus.UNAUTHORIZED, ex instanceof BadCredentialsException
					? "The username or password is wrong"
					: ex instanceof DisabledException ? DISABLED
							: "POST /api/tokens takes the account's username and password (HTTP Basic); a bearer token or"
									+ " a browser session cannot create tokens");
		};
	}

	AccessDeniedHandler forbidden() {
		return (request, response, ex) -> write(response, HttpStatus.FORBIDDEN, describe(ex));
	}

	private static String describe(AuthenticationException ex) {
		if (ex instanceof InvalidTokenException) {
			return ex.getMessage();
		}
		if (ex instanceof BadCredentialsException) {
			return "The username or password is wrong";
		}
		return "Authentication required: send 'Authorization: Bearer <token>' (get one from POST /api/tokens with"
				+ " HTTP Basic)";
	}

	private static String describe(AccessDeniedException ex) {
		if (ex instanceof CsrfException) {
			return "The CSRF token is missing or wrong: send the X-CSRF-TOKEN header of the page, or use a bearer"
					+ " token";
		}
		return "Your account may not do this";
	}

	private void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), ProblemDetail.forStatusAndDetail(status, detail));
	}

}
