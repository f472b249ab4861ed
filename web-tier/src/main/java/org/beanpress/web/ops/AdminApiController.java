package org.beanpress.web.ops;

import java.util.List;
import java.util.Map;

import org.beanpress.core.job.JobQueue;
import org.beanpress.web.system.ProblemException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operators' API: queue depths, DLQ redrive, regenerate all variants. Admins only.
 */
@RestController
class AdminApiController {

	private final QueueOperations operations;

	AdminApiController(QueueOperations operations) {
		this.operations = operations;
	}

	@GetMapping("/api/admin/queues")
	List<QueueState> queues() {
		return operations.states();
	}

	@PostMapping("/api/admin/queues/{queue}/redrive")
	ResponseEntity<Map<String, String>> redrive(@PathVariable String queue) {
		return ResponseEntity.accepted().body(Map.of("queue", queue, "task", operations.redrive(queue(queue))));
	}

	@PostMapping("/api/admin/media/regenerate")
	ResponseEntity<Map<String, String>> regenerate() {
		operations.regenerateAllVariants();
		return ResponseEntity.accepted().body(Map.of("status", "Regenerating all variants through the images queue"));
	}

	static JobQueue queue(String name) {
		try {
			return JobQueue.ofLogicalName(name);
		}
		catch (IllegalArgumentException ex) {
			throw ProblemException.notFound("There is no job queue '" + name + "' (there are images and cache)");
		}
	}

}
