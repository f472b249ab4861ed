package org.beanpress.web.ops;

import org.beanpress.web.system.WebPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The operators' page: the same as the admin API, with buttons. */
@Controller
@WebPage
class AdminPageController {

	private final QueueOperations operations;

	AdminPageController(QueueOperations operations) {
		this.operations = operations;
	}

	@GetMapping("/admin")
	String admin(Model model) {
		model.addAttribute("queues", operations.states());
		return "admin";
	}

	@PostMapping("/admin/queues/{queue}/redrive")
	String redrive(@PathVariable String queue) {
		operations.redrive(AdminApiController.queue(queue));
		return "redirect:/admin?redriven=" + queue;
	}

	@PostMapping("/admin/media/regenerate")
	String regenerate() {
		operations.regenerateAllVariants();
		return "redirect:/admin?regenerating";
	}

}
