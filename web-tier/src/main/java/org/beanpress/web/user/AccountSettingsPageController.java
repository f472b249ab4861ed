package org.beanpress.web.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.beanpress.web.system.ProblemException;
import org.beanpress.web.system.WebPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The signed-in user's own account: display name, e-mail address, password. */
@Controller
@WebPage
class AccountSettingsPageController {

	private final AccountService accounts;

	private final SignedInSessions sessions;

	AccountSettingsPageController(AccountService accounts, SignedInSessions sessions) {
		this.accounts = accounts;
		this.sessions = sessions;
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal CurrentUser user, Model model) {
		var account = accounts.account(user);
		model.addAttribute("account", AccountView.of(account));
		model.addAttribute("profile", new ProfileRequest(account.displayName(), account.email()));
		model.addAttribute("password", new PasswordChangeRequest(null, null));
		return "account";
	}

	@PostMapping("/account/profile")
	String updateProfile(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("profile") ProfileRequest profile, BindingResult errors, Model model) {
		if (!errors.hasErrors()) {
			try {
				accounts.updateProfile(user, profile);
				return "redirect:/account?saved";
			}
			catch (ProblemException ex) {
				errors.reject("profile", ex.getBody().getDetail());
			}
		}
		model.addAttribute("account", AccountView.of(accounts.account(user)));
		model.addAttribute("password", new PasswordChangeRequest(null, null));
		return "account";
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("password") PasswordChangeRequest password, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		if (!errors.hasErrors()) {
			try {
				sessions.keepSignedIn(accounts.changePassword(user, password), request, response);
				return "redirect:/account?passwordChanged";
			}
			catch (ProblemException ex) {
				errors.reject("password", ex.getBody().getDetail());
			}
		}
		var account = accounts.account(user);
		model.addAttribute("account", AccountView.of(account));
		model.addAttribute("profile", new ProfileRequest(account.displayName(), account.email()));
		return "account";
	}

}
