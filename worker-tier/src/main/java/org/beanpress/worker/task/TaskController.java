package org.beanpress.worker.task;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the Elastic Beanstalk worker daemon delivers cron.yaml's tasks. It deletes the message only on 200, so any
 * failure (or a run already going on elsewhere) answers otherwise and the daemon tries again later.
 */
@RestController
class TaskController {

	static final String TASK_HEADER = "X-Aws-Sqsd-Taskname";

	private final TaskRunner runner;

	TaskController(TaskRunner runner) {
		this.runner = runner;
	}

	@PostMapping("/tasks/{name}")
	ResponseEntity<?> run(@PathVariable String name, @RequestHeader(name = TASK_HEADER, required = false) String task,
			HttpServletRequest request) {
		if (!isLocal(request)) {
			return problem(HttpStatus.FORBIDDEN, "Periodic tasks are taken only from this machine's worker daemon");
		}
		if (task == null || !task.equals(name)) {
			return problem(HttpStatus.BAD_REQUEST,
					"Periodic tasks come from the worker daemon with the header " + TASK_HEADER + ": " + name);
		}
		var run = runner.run(name);
		return switch (run.outcome()) {
			case DONE -> ResponseEntity.ok(Map.of("task", name, "result", run.detail()));
			case UNKNOWN_TASK -> problem(HttpStatus.NOT_FOUND, run.detail());
			case ALREADY_RUNNING -> problem(HttpStatus.CONFLICT, run.detail());
		};
	}

	/** The daemon reaches the application through nginx on the same instance. */
	private static boolean isLocal(HttpServletRequest request) {
		var address = request.getRemoteAddr();
		return address.equals("127.0.0.1") || address.equals("0:0:0:0:0:0:0:1") || address.equals("::1");
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
	}

}
