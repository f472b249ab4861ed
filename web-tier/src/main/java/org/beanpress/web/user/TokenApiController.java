package org.beanpress.web.user;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TokenApiController {

	private final TokenService tokens;

	TokenApiController(TokenService tokens) {
		this.tokens = tokens;
	}

	/**
	 * Issues a bearer token to the caller (HTTP Basic); the secret is shown this once.
	 */
	@PostMapping("/api/tokens")
	ResponseEntity<TokenService.IssuedToken> issue(@AuthenticationPrincipal CurrentUser user) {
		var issued = tokens.issue(user);
		return ResponseEntity.created(URI.create("/api/tokens/" + issued.id())).body(issued);
	}

	/**
	 * Revokes one of the caller's tokens; it stops working at once, on every instance.
	 */
	@DeleteMapping("/api/tokens/{id}")
	ResponseEntity<Void> revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		tokens.revoke(user, id);
		return ResponseEntity.noContent().build();
	}

}
