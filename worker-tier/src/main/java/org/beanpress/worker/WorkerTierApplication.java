package org.beanpress.worker;

import org.beanpress.core.CoreConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The worker tier: consumes the job queues and writes variants and cached pages. */
@SpringBootApplication
@Import(CoreConfiguration.class)
public class WorkerTierApplication {

	public static void main(String[] args) {
		SpringApplication.run(WorkerTierApplication.class, args);
	}

}
