package org.beanpress.worker.task;

/**
 * One of the periodic tasks named in cron.yaml. Runs to completion or throws; safe to run
 * again at any time.
 */
interface PeriodicTask {

	/** The name cron.yaml gives it (and the daemon sends in X-Aws-Sqsd-Taskname). */
	String name();

	/** Does the work; returns a line for the log and the HTTP answer. */
	String run();

}
