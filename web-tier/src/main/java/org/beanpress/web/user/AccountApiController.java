package org.beanpress.web.user;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AccountApiController {

	private final AccountService accounts;

	private final SignedInSessions sessions;

	AccountApiController(AccountService accounts, SignedInSessions sessions) {
		this.accounts = accounts;
		this.sessions = sessions;
	}

	/** Signs up a new author. */
	@PostMapping("/api/accounts")
	ResponseEntity<AccountView> signUp(@Valid @RequestBody SignUpRequest request) {
		var user = accounts.signUp(request);
		return ResponseEntity.created(URI.create("/api/accounts/" + user.id())).body(AccountView.of(user));
	}

	/**
	 * Changes the caller's password; every token and every other session of the account
	 * stops working.
	 */
	@PutMapping("/api/account/password")
	ResponseEntity<Void> changePassword(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody PasswordChangeRequest request, HttpServletRequest httpRequest,
			HttpServletResponse httpResponse) {
		var updated = accounts.changePassword(user, request);
		sessions.keepSignedIn(updated, httpRequest, httpResponse);
		return ResponseEntity.noContent().build();
	}

	/**
	 * Changes an account's role (admins only); its tokens and sessions stop working, so
	 * the new role holds at once.
	 */
	@PatchMapping("/api/users/{id}")
	AccountView changeRole(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
			@Valid @RequestBody RoleChangeRequest request) {
		return AccountView.of(accounts.changeRole(admin, id, request.role()));
	}

	/**
	 * The caller's account (id, username, role): what scripts need to know who a token or
	 * session belongs to.
	 */
	@GetMapping("/api/account")
	AccountView self(@AuthenticationPrincipal CurrentUser user) {
		return AccountView.of(accounts.self(user));
	}

}
