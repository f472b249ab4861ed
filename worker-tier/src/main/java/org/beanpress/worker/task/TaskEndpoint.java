package org.beanpress.worker.task;

import java.util.Map;

import org.beanpress.worker.system.HttpCall;
import org.beanpress.worker.system.HttpEndpoint;
import org.beanpress.worker.system.HttpReply;
import org.springframework.stereotype.Component;

/**
 * Where the Elastic Beanstalk worker daemon delivers cron.yaml's tasks: {@code POST
 * /tasks/{name}}. It deletes the message only on 200, so any failure (or a run already
 * going on elsewhere) answers otherwise and the daemon tries again later.
 */
@Component
class TaskEndpoint extends HttpEndpoint {

	static final String TASK_HEADER = "X-Aws-Sqsd-Taskname";

	private final TaskRunner runner;

	TaskEndpoint(TaskRunner runner) {
		super("POST", "/tasks");
		this.runner = runner;
	}

	@Override
	public HttpReply handle(HttpCall call) {
		if (!call.isLocal()) {
			return HttpReply.problem(403, "Periodic tasks are taken only from this machine's worker daemon");
		}
		var name = call.subPath().isEmpty() ? "" : call.subPath().substring(1);
		if (name.isEmpty() || name.contains("/")) {
			return HttpReply.problem(404, "Periodic tasks are posted to /tasks/{name}");
		}
		var task = call.header(TASK_HEADER);
		if (task == null || !task.equals(name)) {
			return HttpReply.problem(400,
					"Periodic tasks come from the worker daemon with the header " + TASK_HEADER + ": " + name);
		}
		var run = runner.run(name);
		return switch (run.outcome()) {
			case DONE -> HttpReply.ok(Map.of("task", name, "result", run.detail()));
			case UNKNOWN_TASK -> HttpReply.problem(404, run.detail());
			case ALREADY_RUNNING -> HttpReply.problem(409, run.detail());
		};
	}

}
