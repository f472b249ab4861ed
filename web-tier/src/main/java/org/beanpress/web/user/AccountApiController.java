package org.beanpress.web.user;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
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

	/**
	 * Signs up a new account, as {@code beanpress.accounts.sign-up} allows: with an
	 * invitation's secret in {@code invitation}, the account gets the invitation's role.
	 */
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

	@GetMapping("/api/account")
	@Operation(summary = "The caller's account: username, role, display name, e-mail address")
	AccountView account(@AuthenticationPrincipal CurrentUser user) {
		return AccountView.of(accounts.account(user));
	}

	@PatchMapping("/api/account")
	@Operation(summary = "Change the caller's display name and/or e-mail address (left out: unchanged; empty:"
			+ " cleared)")
	AccountView updateProfile(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody ProfileRequest request) {
		return AccountView.of(accounts.updateProfile(user, request));
	}

}
