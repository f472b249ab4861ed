package org.beanpress.web.user;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Sign-up invitations, for admins. */
@RestController
@Tag(name = "Invitations", description = "Admins only")
class InvitationApiController {

	private final InvitationService invitations;

	InvitationApiController(InvitationService invitations) {
		this.invitations = invitations;
	}

	@PostMapping("/api/invitations")
	@Operation(summary = "Make a single-use sign-up link for a role up to EDITOR (default CONTRIBUTOR), valid"
			+ " validDays (default 7); the link is shown this once. Works unless sign-up is CLOSED.")
	ResponseEntity<InvitationService.IssuedInvitation> create(@AuthenticationPrincipal CurrentUser admin,
			@Valid @RequestBody(required = false) InvitationRequest request) {
		var issued = invitations.create(admin, request == null ? new InvitationRequest(null, null) : request);
		return ResponseEntity.created(URI.create("/api/invitations/" + issued.id())).body(issued);
	}

	@GetMapping("/api/invitations")
	@Operation(summary = "The newest 100 invitations with their status (PENDING, USED, EXPIRED), never their links")
	List<InvitationService.InvitationView> list() {
		return invitations.list();
	}

	@DeleteMapping("/api/invitations/{id}")
	@Operation(summary = "Withdraw an invitation: its link stops working")
	ResponseEntity<Void> delete(@PathVariable long id) {
		invitations.delete(id);
		return ResponseEntity.noContent().build();
	}

}
