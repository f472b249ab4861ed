package org.beanpress.web.user;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.beanpress.core.user.UserOrder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** User management for admins (the security chain admits only them to /api/users). */
@RestController
@Tag(name = "Users", description = "Admins only")
class UserApiController {

	private final UserAdminService users;

	private final PasswordResetService resets;

	UserApiController(UserAdminService users, PasswordResetService resets) {
		this.users = users;
		this.resets = resets;
	}

	@GetMapping("/api/users")
	@Operation(summary = "Accounts whose username, display name or e-mail address starts with q, with their post"
			+ " counts; pages of at most 100")
	UserAdminService.UserPage list(
			@Parameter(description = "start of a username, display name or e-mail address") @RequestParam(
					required = false) String q,
			@Parameter(description = "NEWEST (default) or NAME") @RequestParam(defaultValue = "NEWEST") UserOrder sort,
			@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size) {
		return users.list(q, sort, page, size);
	}

	@PatchMapping("/api/users/{id}")
	@Operation(summary = "Change another account's role and/or disable or enable it; its sessions and tokens end at"
			+ " once on every instance. The last enabled admin cannot be demoted or disabled.")
	AccountView change(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
			@Valid @RequestBody UserChangeRequest request) {
		return AccountView.of(users.update(admin, id, request));
	}

	@DeleteMapping("/api/users/{id}")
	@Operation(summary = "Delete another account; its posts (with their revisions) and media go to reassignTo in the"
			+ " same transaction, which is required when it has any")
	ResponseEntity<Void> delete(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
			@Parameter(description = "id of the account that takes over the posts and media") @RequestParam(
					required = false) Long reassignTo) {
		users.delete(admin, id, reassignTo);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/users/{id}/password-reset")
	@Operation(summary = "Issue a one-time password reset link for the account, mailed to its e-mail address when it"
			+ " has one (Amazon SES, or the server log without beanpress.mail.from) and returned here either way")
	ResponseEntity<PasswordResetService.IssuedReset> passwordReset(@PathVariable long id) {
		var issued = resets.issue(id);
		return ResponseEntity.created(URI.create("/api/users/" + id)).body(issued);
	}

}
