package org.beanpress.web.ops;

/**
 * One job queue as operators see it.
 *
 * @param visible messages waiting
 * @param inFlight messages received and not yet deleted
 * @param delayed messages not yet visible
 * @param deadLetters messages in its DLQ
 * @param oldestDeadLetterAgeSeconds age of the oldest DLQ message among those sampled
 * (null when the DLQ is empty)
 */
record QueueState(String queue, long visible, long inFlight, long delayed, long deadLetters,
		Long oldestDeadLetterAgeSeconds) {
}
