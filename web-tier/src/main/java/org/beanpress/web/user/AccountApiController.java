package org.beanpress.web.user;

import java.net.URI;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AccountApiController {

	private final AccountService accounts;

	AccountApiController(AccountService accounts) {
		this.accounts = accounts;
	}

	/** Signs up a new author. */
	@PostMapping("/api/accounts")
	ResponseEntity<AccountView> signUp(@Valid @RequestBody SignUpRequest request) {
		var user = accounts.signUp(request);
		return ResponseEntity.created(URI.create("/api/accounts/" + user.id())).body(AccountView.of(user));
	}

}
