package org.beanpress.web.user;

import jakarta.validation.Valid;

import org.beanpress.web.system.ProblemException;
import org.beanpress.web.system.WebPage;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Sign-up and log-in pages; Spring Security handles the log-in POST and log-out. */
@Controller
@WebPage
class AccountPageController {

	private final AccountService accounts;

	private final AccountsProperties properties;

	AccountPageController(AccountService accounts, AccountsProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	/**
	 * What the sign-up page offers in this mode (its form posts the invitation along).
	 */
	@ModelAttribute("signUpMode")
	SignUpMode signUpMode() {
		return properties.signUp();
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/signup")
	String signUpForm(@ModelAttribute("account") SignUpRequest account) {
		return "signup";
	}

	@PostMapping("/signup")
	String signUp(@Valid @ModelAttribute("account") SignUpRequest account, BindingResult errors) {
		if (errors.hasErrors()) {
			return "signup";
		}
		try {
			accounts.signUp(account);
		}
		catch (ProblemException ex) {
			errors.reject("signup", ex.getBody().getDetail());
			return "signup";
		}
		return "redirect:/login?registered";
	}

}
