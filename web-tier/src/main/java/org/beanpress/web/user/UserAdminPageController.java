package org.beanpress.web.user;

import org.beanpress.core.user.Role;
import org.beanpress.core.user.UserOrder;
import org.beanpress.web.system.ProblemException;
import org.beanpress.web.system.WebPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admins' user page: the same as the users and invitations API, with forms. A refused
 * action comes back to the page with the API's sentence.
 */
@Controller
@WebPage
class UserAdminPageController {

	private final UserAdminService users;

	private final InvitationService invitations;

	private final PasswordResetService resets;

	private final AccountsProperties properties;

	UserAdminPageController(UserAdminService users, InvitationService invitations, PasswordResetService resets,
			AccountsProperties properties) {
		this.users = users;
		this.invitations = invitations;
		this.resets = resets;
		this.properties = properties;
	}

	@GetMapping("/admin/users")
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "NEWEST") UserOrder sort,
			@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("sort", sort);
		model.addAttribute("users", users.list(q, sort, page, 50));
		model.addAttribute("roles", Role.values());
		model.addAttribute("invitationRoles", new Role[] { Role.CONTRIBUTOR, Role.AUTHOR, Role.EDITOR });
		model.addAttribute("invitations", invitations.list());
		model.addAttribute("signUpMode", properties.signUp());
		return "admin-users";
	}

	@PostMapping("/admin/users/{id}/role")
	String changeRole(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, @RequestParam Role role,
			RedirectAttributes redirect) {
		return act(redirect, () -> users.update(admin, id, new UserChangeRequest(role, null)),
				"Account " + id + " is now " + role + ".");
	}

	@PostMapping("/admin/users/{id}/disabled")
	String disable(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, @RequestParam boolean disabled,
			RedirectAttributes redirect) {
		return act(redirect, () -> users.update(admin, id, new UserChangeRequest(null, disabled)),
				"Account " + id + (disabled ? " is disabled: its sessions and tokens have ended." : " is enabled."));
	}

	@PostMapping("/admin/users/{id}/delete")
	String delete(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
			@RequestParam(required = false) Long reassignTo, RedirectAttributes redirect) {
		return act(redirect, () -> users.delete(admin, id, reassignTo), "Account " + id + " is deleted.");
	}

	@PostMapping("/admin/users/{id}/password-reset")
	String passwordReset(@PathVariable long id, RedirectAttributes redirect) {
		try {
			var issued = resets.issue(id);
			redirect.addFlashAttribute("notice", issued.detail() + ".");
			redirect.addFlashAttribute("link", issued.link());
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute("error", ex.getBody().getDetail());
		}
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/invitations")
	String invite(@AuthenticationPrincipal CurrentUser admin, @RequestParam Role role,
			@RequestParam(required = false) Integer validDays, RedirectAttributes redirect) {
		try {
			if (validDays != null && (validDays < 1 || validDays > 90)) {
				throw ProblemException.badRequest("validDays: must be 1 to 90");
			}
			var issued = invitations.create(admin, new InvitationRequest(role, validDays));
			redirect.addFlashAttribute("notice", "Invitation " + issued.id() + " for a " + issued.role()
					+ " works once, until " + issued.expiresAt() + ". Copy the link now: it is not shown again.");
			redirect.addFlashAttribute("link", issued.link());
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute("error", ex.getBody().getDetail());
		}
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/invitations/{id}/delete")
	String withdraw(@PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, () -> invitations.delete(id), "Invitation " + id + " is withdrawn.");
	}

	private static String act(RedirectAttributes redirect, Runnable action, String done) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", done);
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute("error", ex.getBody().getDetail());
		}
		return "redirect:/admin/users";
	}

}
