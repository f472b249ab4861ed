package org.beanpress.worker.system;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param port where the worker answers health checks, metrics and the worker daemon's
 * tasks (0: any free port)
 * @param address the local address it listens on; unset, every interface (the local stack
 * keeps it on 127.0.0.1)
 * @param threads requests answered at once; a periodic task holds one for as long as it
 * runs
 * @param shutdownGrace on shutdown, requests already being answered get this long to
 * finish
 */
@Validated
@ConfigurationProperties("beanpress.worker.http")
record WorkerHttpProperties(@DefaultValue("8081") @Min(0) @Max(65535) int port, String address,
		@DefaultValue("4") @Min(1) @Max(64) int threads,
		@DefaultValue("30s") @DurationMin(seconds = 0) Duration shutdownGrace) {
}
