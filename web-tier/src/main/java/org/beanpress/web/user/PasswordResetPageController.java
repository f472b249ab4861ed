package org.beanpress.web.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import jakarta.validation.Valid;
import org.beanpress.web.system.ProblemException;
import org.beanpress.web.system.WebPage;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Where the holder of a password reset link sets a new password (anyone may open it: the
 * link's secret is the credential).
 */
@Controller
@WebPage
class PasswordResetPageController {

	private final PasswordResetService resets;

	PasswordResetPageController(PasswordResetService resets) {
		this.resets = resets;
	}

	@GetMapping("/reset-password")
	String form(@ModelAttribute("reset") ResetForm reset) {
		return "reset-password";
	}

	@PostMapping("/reset-password")
	String reset(@Valid @ModelAttribute("reset") ResetForm reset, BindingResult errors) {
		if (errors.hasErrors()) {
			return "reset-password";
		}
		try {
			resets.reset(reset.token(), reset.newPassword());
		}
		catch (ProblemException ex) {
			errors.reject("reset", ex.getBody().getDetail());
			return "reset-password";
		}
		return "redirect:/login?reset";
	}

	/** The link's secret and the new password (the same policy as sign-up). */
	record ResetForm(@NotBlank(message = "is missing: open the whole link") @Size(max = 100) String token,
			@NotBlank(message = "is required") @Size(min = 10, max = 72,
					message = "must be 10 to 72 characters") String newPassword) {
	}

}
