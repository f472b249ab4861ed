package org.beanpress.web.user;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
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
	 * Issues a bearer token to the caller, who must send the password (HTTP Basic): a
	 * token cannot mint tokens. The secret is shown this once.
	 */
	@PostMapping("/api/tokens")
	ResponseEntity<TokenService.IssuedToken> issue(@AuthenticationPrincipal CurrentUser user) {
		var issued = tokens.issue(user);
		return ResponseEntity.created(URI.create("/api/tokens/" + issued.id())).body(issued);
	}

	/** The caller's unrevoked tokens, without their secrets. */
	@GetMapping("/api/tokens")
	List<TokenService.TokenView> list(@AuthenticationPrincipal CurrentUser user) {
		return tokens.list(user);
	}

	/**
	 * Revokes one of the caller's tokens; it stops working at once, on every instance.
	 */
	@DeleteMapping("/api/tokens/{id}")
	ResponseEntity<Void> revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		tokens.revoke(user, id);
		return ResponseEntity.noContent().build();
	}

	/** Revokes every token of the caller, the one this request presents included. */
	@DeleteMapping("/api/tokens")
	ResponseEntity<Void> revokeAll(@AuthenticationPrincipal CurrentUser user) {
		tokens.revokeAll(user);
		return ResponseEntity.noContent().build();
	}

}
