package org.beanpress.core.job;

import java.util.UUID;

/**
 * What every job message says about itself: its type and contract version select the
 * handler, and its id makes handling idempotent. The rest of the JSON is the type's own
 * fields (ids, never rows).
 */
public record JobEnvelope(String type, int version, UUID jobId) {
}
